import {
  computeScore,
  defaultMaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { DimensionScoresChart } from './DimensionScoresChart';

const model = defaultMaturityModel;

function answersWithLevels(levels: number[]) {
  return Object.fromEntries(
    model.questions.map((q, i) => [q.id, { level: levels[i % levels.length] }]),
  ) as Parameters<typeof computeScore>[1];
}

describe('DimensionScoresChart', () => {
  it('draws one bar per dimension labelled with its average and weight', async () => {
    const result = computeScore(model, answersWithLevels([0, 1, 3, 4, 2]));
    await renderInTestApp(
      <DimensionScoresChart dimensions={result.dimensions} />,
    );

    const bars = screen.getAllByTestId('dimension-bar');
    expect(bars).toHaveLength(model.dimensions.length);
    result.dimensions.forEach((dimension, i) => {
      expect(bars[i]).toHaveAttribute(
        'aria-label',
        `${dimension.name}: average ${dimension.average!.toFixed(
          2,
        )} of 4, weight ${Math.round(dimension.weight * 100)}%`,
      );
    });
  });

  it('draws longer bars for higher averages', async () => {
    const result = computeScore(model, answersWithLevels([0, 1, 3, 4, 2]));
    await renderInTestApp(
      <DimensionScoresChart dimensions={result.dimensions} />,
    );
    const widths = screen
      .getAllByTestId('dimension-bar')
      .map(bar => Number(bar.getAttribute('width')));
    const averages = result.dimensions.map(d => d.average!);
    const byWidth = [...widths.keys()].sort((a, b) => widths[a] - widths[b]);
    const byAverage = [...averages.keys()].sort(
      (a, b) => averages[a] - averages[b],
    );
    expect(byWidth).toEqual(byAverage);
  });

  it('says when a dimension has no applicable answers', async () => {
    const answers = answersWithLevels([2]);
    const firstDimension = model.dimensions[0];
    for (const q of model.questions.filter(
      question => question.dimensionId === firstDimension.id,
    )) {
      answers[q.id] = { notApplicable: true, reason: 'batch only' };
    }
    const result = computeScore(model, answers);
    await renderInTestApp(
      <DimensionScoresChart dimensions={result.dimensions} />,
    );
    expect(
      screen.getByLabelText(`${firstDimension.name}: no applicable answers`),
    ).toBeInTheDocument();
  });
});
