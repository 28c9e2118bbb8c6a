import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import {
  AssessmentDraft,
  CurrentAssessment,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MlopsMaturityApi, mlopsMaturityApiRef } from '../api';
import { AssessmentEditor } from '../components/entity/AssessmentEditor/AssessmentEditor';
import { ENTITY_REF, testModel } from './maturityFixtures';

/** Types a whole value at once, like a paste, to keep the tests quick. */
export async function enter(field: HTMLElement, value: string) {
  await userEvent.click(field);
  await userEvent.paste(value);
}

/**
 * Renders the assessment editor of the test model for `ENTITY_REF`, and
 * returns its callbacks (jest mocks).
 */
export async function renderEditor(options: {
  api: MlopsMaturityApi;
  current?: CurrentAssessment;
  draft?: AssessmentDraft;
}) {
  const callbacks = {
    onClose: jest.fn(),
    onSubmitted: jest.fn(),
    onDraftChange: jest.fn(),
    onCurrentChange: jest.fn(),
  };
  await renderInTestApp(
    <TestApiProvider apis={[[mlopsMaturityApiRef, options.api]]}>
      <AssessmentEditor
        title="Update assessment"
        entityRef={ENTITY_REF}
        model={testModel}
        current={options.current}
        draft={options.draft}
        {...callbacks}
      />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return callbacks;
}

/** The rendered question of the test model with the given id. */
export const question = (id: string) => screen.getByTestId(`question-${id}`);

/** Chooses the answer whose label matches on the question with the given id. */
export async function choose(id: string, label: RegExp) {
  const q = testModel.questions.find(x => x.id === id)!;
  const group = within(question(id)).getByRole('radiogroup', { name: q.title });
  await userEvent.click(within(group).getByRole('radio', { name: label }));
}
