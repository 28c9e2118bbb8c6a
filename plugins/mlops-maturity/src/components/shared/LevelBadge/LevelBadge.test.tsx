import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { LevelBadge } from './LevelBadge';
import { levelColor } from './levelColors';

describe('LevelBadge', () => {
  it('shows the level number and name in its level colour', async () => {
    await renderInTestApp(<LevelBadge level={2} name="Automated Training" />);
    const badge = screen.getByLabelText('Level 2: Automated Training');
    expect(badge).toHaveTextContent('L2 · Automated Training');
    expect(badge).toHaveStyle({ backgroundColor: levelColor(2) });
  });

  it('gives each level its own colour', () => {
    const colors = new Set([0, 1, 2, 3, 4].map(l => levelColor(l as 0)));
    expect(colors.size).toBe(5);
  });

  it('says "Not assessed" without a level', async () => {
    await renderInTestApp(<LevelBadge level={null} />);
    expect(screen.getByText('Not assessed')).toBeInTheDocument();
  });
});
