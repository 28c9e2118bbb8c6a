export { ConfirmUnchanged } from './ConfirmUnchanged';
