export { AnswersByDimension } from './AnswersByDimension';
export { AnswerView } from './AnswerView';
