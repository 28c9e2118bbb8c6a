import { MaturityLevelNumber } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { screen } from '@testing-library/react';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { fakeMlopsMaturityApi } from '../../../__testUtils__/fakeMlopsMaturityApi';
import { currentAssessment } from '../../../__testUtils__/maturityFixtures';
import { renderEntityMaturity } from '../../../__testUtils__/renderEntityMaturity';

async function renderAtLevel(level: MaturityLevelNumber) {
  const current = currentAssessment(1, uniformAnswers(level));
  expect(current.result.level).toBe(level);
  const api = fakeMlopsMaturityApi({
    getAssessment: jest.fn(async () => current),
  });
  await renderEntityMaturity({ api, canEdit: false });
  await screen.findByRole('table', { name: 'Level comparison' });
}

describe('EntityMaturityContent: what the levels mean', () => {
  it.each([0, 1] as const)(
    'compares Level %i with the next and offers the accelerated path',
    async level => {
      await renderAtLevel(level);
      expect(
        screen.getByText(`Level ${level} and Level ${level + 1}`),
      ).toBeInTheDocument();
      expect(screen.getByTestId('accelerated-roadmap')).toBeInTheDocument();
      expect(
        screen.getByText(/^Accelerated Path: Level 0 to Level 3/),
      ).toBeInTheDocument();
    },
  );

  it.each([2, 3] as const)(
    'compares Level %i with the next, without the accelerated path',
    async level => {
      await renderAtLevel(level);
      expect(
        screen.getByText(`Level ${level} and Level ${level + 1}`),
      ).toBeInTheDocument();
      expect(screen.queryByTestId('accelerated-roadmap')).toBeNull();
    },
  );

  it('shows Level 4 alone, without the accelerated path', async () => {
    await renderAtLevel(4);
    expect(screen.getByText('Level 4: Full MLOps')).toBeInTheDocument();
    expect(screen.queryByTestId('accelerated-roadmap')).toBeNull();
  });
});
