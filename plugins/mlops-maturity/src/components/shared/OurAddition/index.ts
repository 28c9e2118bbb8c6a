export { DimensionTag } from './DimensionTag';
export { OurAddition } from './OurAddition';
