export { CompactTable } from './CompactTable';
export type { CompactTableColumn } from './CompactTable';
