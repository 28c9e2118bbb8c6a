import { renderInTestApp } from '@backstage/test-utils';
import { MaturityLevelNumber } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { screen, within } from '@testing-library/react';
import { testModel } from '../../../__testUtils__/maturityFixtures';
import { AcceleratedRoadmapCard } from './AcceleratedRoadmapCard';
import { acceleratedRoadmaps } from './acceleratedRoadmaps';

async function renderFor(level: MaturityLevelNumber) {
  const [roadmap] = acceleratedRoadmaps(testModel, level);
  return renderInTestApp(
    <AcceleratedRoadmapCard
      model={testModel}
      roadmap={roadmap}
      level={level}
    />,
  );
}

describe('acceleratedRoadmaps', () => {
  it('offers the 0 -> 3 path at Levels 0 and 1 only', () => {
    const pairs = (level: MaturityLevelNumber) =>
      acceleratedRoadmaps(testModel, level).map(r => [r.from, r.to]);
    expect(pairs(0)).toEqual([[0, 3]]);
    expect(pairs(1)).toEqual([[0, 3]]);
    expect(pairs(2)).toEqual([]);
    expect(pairs(3)).toEqual([]);
    expect(pairs(4)).toEqual([]);
  });
});

describe('AcceleratedRoadmapCard', () => {
  it('lists the quarters in order with weeks, dimensions, investment and team', async () => {
    await renderFor(0);

    expect(
      screen.getByText(
        'Accelerated Path: Level 0 to Level 3 (Automated Model Deployment)',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        '$600K-$1M (aggressive timeline requires more resources)',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        '5-7 MLOps engineers (some consultants), 8-12 data scientists',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('12 months')).toBeInTheDocument();

    const quarters = screen
      .getAllByRole('heading', { level: 3 })
      .map(h => h.textContent);
    expect(quarters).toEqual([
      'Quarter 1: Foundation + Training Automation',
      'Quarter 2: Advanced Training + Deployment Prep',
      'Quarter 3: Deployment Automation',
      'Quarter 4: Optimization & Hardening',
    ]);

    const items = screen.getAllByTestId('accelerated-roadmap-item');
    expect(items).toHaveLength(12);
    const cells = (i: number) =>
      within(items[i])
        .getAllByRole('cell')
        .map(c => c.textContent);
    expect(cells(0)).toEqual([
      'Week 1-4',
      'Git, CI/CD, data pipelines',
      'Model DevelopmentGit and data pipelines move Reproducibility and Data Management (Model Development); CI/CD also moves Deployment Process (People & Process) and Testing (Model Deployment & Serving).',
    ]);
    // The tags are ours, and say so in view.
    expect(
      screen.getAllByRole('columnheader', { name: 'Moves (our tag)' }),
    ).toHaveLength(4);
    expect(screen.getByTestId('our-addition')).toHaveTextContent(
      'The "Moves" tags are ours: the reference does not say which dimension an item moves.',
    );
    expect(cells(8)).toEqual([
      'Week 33-36',
      'Monitoring, alerting, dashboards',
      'Monitoring & Operations',
    ]);
    expect(cells(11)[0]).toBe('Week 45-48');
    // The source names no tools or success criteria for this path.
    expect(screen.queryByRole('columnheader', { name: 'Tools' })).toBeNull();
    expect(screen.queryByText(/starts at Level 0/)).toBeNull();
  });

  it('says at Level 1 that the path starts lower', async () => {
    await renderFor(1);
    expect(
      screen.getByText(/This path starts at Level 0; at Level 1 some of/),
    ).toBeInTheDocument();
  });
});
