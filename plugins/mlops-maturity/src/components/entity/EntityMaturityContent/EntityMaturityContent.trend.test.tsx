import { ServiceTrendPoint } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { screen, within } from '@testing-library/react';
import { fakeMlopsMaturityApi } from '../../../__testUtils__/fakeMlopsMaturityApi';
import {
  currentAssessment,
  ENTITY_REF,
} from '../../../__testUtils__/maturityFixtures';
import { renderEntityMaturity } from '../../../__testUtils__/renderEntityMaturity';

const point = (date: string, level: number | null): ServiceTrendPoint => ({
  date,
  asOf: date,
  level,
  score: level,
  gatedLevel: level,
  evidenceShare: null,
  targetLevel: null,
  atTarget: null,
  stale: false,
});

describe('EntityMaturityContent: the score over time', () => {
  it('shows the last 90 days of snapshots as a sparkline in the headline', async () => {
    const api = fakeMlopsMaturityApi({
      getAssessment: jest.fn(async () =>
        currentAssessment(2, uniformAnswers(2)),
      ),
      getServiceTrend: jest.fn(async () => ({
        entityRef: ENTITY_REF,
        from: '2026-09-02',
        to: '2026-11-30',
        interval: 'day' as const,
        points: [
          point('2026-09-02', null),
          point('2026-10-01', 1),
          point('2026-11-30', 2),
        ],
      })),
    });
    await renderEntityMaturity({ api, canEdit: false });
    const trend = await screen.findByTestId('service-trend');
    expect(trend).toHaveTextContent('Last 90 days');
    expect(
      within(trend).getByRole('img', {
        name: 'Score from 1.00 on 2026-10-01 to 2.00 on 2026-11-30',
      }),
    ).toBeInTheDocument();
    // One request, for this entity, a point per day from 89 days ago.
    expect(api.getServiceTrend).toHaveBeenCalledTimes(1);
    const [ref, range] = api.getServiceTrend.mock.calls[0];
    expect(ref).toBe(ENTITY_REF);
    const from = new Date(Date.now() - 89 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(range).toEqual({ from, interval: 'day' });
  });

  it('shows the headline without a trend when the trend cannot be loaded', async () => {
    const api = fakeMlopsMaturityApi({
      getAssessment: jest.fn(async () =>
        currentAssessment(2, uniformAnswers(2)),
      ),
      getServiceTrend: jest.fn(async () => {
        throw new Error('snapshots unavailable');
      }),
    });
    await renderEntityMaturity({ api, canEdit: false });
    expect(await screen.findByText('Maturity level')).toBeInTheDocument();
    expect(api.getServiceTrend).toHaveBeenCalled();
    expect(screen.queryByTestId('service-trend')).toBeNull();
  });
});
