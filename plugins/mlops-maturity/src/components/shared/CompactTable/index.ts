export { CompactTable } from './CompactTable';
export type { CompactTableColumn } from './CompactTable';
export { useDenseTableStyles } from './denseTableStyles';
