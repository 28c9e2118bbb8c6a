import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { CompactTable, CompactTableColumn } from './CompactTable';

interface Fruit {
  name: string;
  count: number;
}

const columns: CompactTableColumn<Fruit>[] = [
  { title: 'Fruit', value: f => f.name, rowHeader: true, width: '30%' },
  { title: 'Count', value: f => f.count, align: 'right' },
];

describe('CompactTable', () => {
  it('lays out a row per item under the column headers', async () => {
    await renderInTestApp(
      <CompactTable
        ariaLabel="Fruit in stock"
        columns={columns}
        rows={[
          { name: 'Apple', count: 3 },
          { name: 'Pear', count: 12 },
        ]}
        rowKey={f => f.name}
        rowTestId="fruit-row"
      />,
    );
    const table = screen.getByRole('table', { name: 'Fruit in stock' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map(h => h.textContent),
    ).toEqual(['Fruit', 'Count']);
    const rows = screen.getAllByTestId('fruit-row');
    expect(rows.map(r => r.textContent)).toEqual(['Apple3', 'Pear12']);
    // The row's name is its header cell.
    expect(within(rows[1]).getByText('Pear')).toHaveAttribute('scope', 'row');
    expect(within(rows[1]).getByText('Pear').tagName).toBe('TH');
    expect(within(rows[1]).getByRole('cell', { name: '12' })).toHaveClass(
      'MuiTableCell-alignRight',
    );
    expect(
      within(table).getByRole('columnheader', { name: 'Fruit' }),
    ).toHaveStyle({ width: '30%' });
  });
});
