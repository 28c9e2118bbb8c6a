import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { CurrentAssessment } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { uniformAnswers } from '@mlops-maturity/backstage-plugin-mlops-maturity-common/testUtils';
import { MlopsMaturityApi, mlopsMaturityApiRef } from '../../../api';
import {
  echoingSaveDraft,
  fakeMlopsMaturityApi,
} from '../../../__testUtils__/fakeMlopsMaturityApi';
import {
  ENTITY_REF,
  currentAssessment,
  testModel,
} from '../../../__testUtils__/maturityFixtures';
import { AssessmentEditor } from './AssessmentEditor';

const [q1, q2] = testModel.questions;

// The questionnaire is a large form; see AssessmentEditor.test.tsx.

async function renderEditor(
  api: MlopsMaturityApi,
  current?: CurrentAssessment,
) {
  const onClose = jest.fn();
  await renderInTestApp(
    <TestApiProvider apis={[[mlopsMaturityApiRef, api]]}>
      <AssessmentEditor
        title="Update assessment"
        entityRef={ENTITY_REF}
        model={testModel}
        current={current}
        onClose={onClose}
        onSubmitted={jest.fn()}
        onDraftChange={jest.fn()}
      />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return onClose;
}

function radio(questionId: string, label: RegExp) {
  return within(screen.getByTestId(`question-${questionId}`)).getByRole(
    'radio',
    { name: label },
  );
}

const confirmDialog = () =>
  screen.queryByRole('dialog', { name: 'Discard unsaved changes?' });

const closeButton = () =>
  within(screen.getByRole('dialog', { name: 'Update assessment' })).getByRole(
    'button',
    { name: 'Close' },
  );

/** A beforeunload event as the browser sends it; true if the page objected. */
function unloadObjected(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('AssessmentEditor with unsaved changes', () => {
  const current = currentAssessment(3, uniformAnswers(1));

  it('closes at once when nothing changed', async () => {
    const onClose = await renderEditor(fakeMlopsMaturityApi(), current);
    await userEvent.click(closeButton());
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(confirmDialog()).not.toBeInTheDocument();
    expect(unloadObjected()).toBe(false);
  });

  it('asks before Close or Escape discard a changed answer, and keeps it when told to', async () => {
    const onClose = await renderEditor(fakeMlopsMaturityApi(), current);
    await userEvent.click(radio(q1.id, /^L3 — /));
    await userEvent.click(closeButton());

    const confirm = await screen.findByRole('dialog', {
      name: 'Discard unsaved changes?',
    });
    expect(confirm).toHaveTextContent(`You changed one answer (${q1.title})`);
    await userEvent.click(
      within(confirm).getByRole('button', { name: 'Keep editing' }),
    );
    await waitFor(() => expect(confirmDialog()).not.toBeInTheDocument());
    expect(onClose).not.toHaveBeenCalled();
    expect(radio(q1.id, /^L3 — /)).toBeChecked();

    await userEvent.click(radio(q2.id, /^L4 — /));
    await userEvent.keyboard('{Escape}');
    const again = await screen.findByRole('dialog', {
      name: 'Discard unsaved changes?',
    });
    expect(again).toHaveTextContent('You changed 2 answers');
    await userEvent.click(
      within(again).getByRole('button', { name: 'Discard' }),
    );
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('does not count an answer changed and changed back', async () => {
    const onClose = await renderEditor(fakeMlopsMaturityApi(), current);
    await userEvent.click(radio(q1.id, /^L3 — /));
    expect(unloadObjected()).toBe(true);
    await userEvent.click(radio(q1.id, /^L1 — /));
    expect(unloadObjected()).toBe(false);
    await userEvent.click(closeButton());
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('counts changes from the last saved draft', async () => {
    const api = fakeMlopsMaturityApi({
      saveDraft: echoingSaveDraft(),
    });
    const onClose = await renderEditor(api, current);
    await userEvent.click(radio(q1.id, /^L3 — /));
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Draft saved.')).toBeInTheDocument();
    expect(unloadObjected()).toBe(false);

    // Back to what the editor opened with, which is not what the draft holds.
    await userEvent.click(radio(q1.id, /^L1 — /));
    await userEvent.click(closeButton());
    expect(
      await screen.findByRole('dialog', { name: 'Discard unsaved changes?' }),
    ).toHaveTextContent('since the draft was last saved');
    expect(onClose).not.toHaveBeenCalled();
  });

  describe('and the browser Back button', () => {
    const traverseTo = jest.fn();
    let navigation: EventTarget & { traverseTo: jest.Mock };

    beforeEach(() => {
      navigation = Object.assign(new EventTarget(), { traverseTo });
      (window as { navigation?: unknown }).navigation = navigation;
    });
    afterEach(() => {
      delete (window as { navigation?: unknown }).navigation;
      traverseTo.mockReset();
    });

    /** A Navigation API navigate event; true if the page cancelled it. */
    function navigate(type: 'traverse' | 'push', key = 'previous-entry') {
      const event = Object.assign(new Event('navigate', { cancelable: true }), {
        navigationType: type,
        destination: { key },
      });
      act(() => {
        navigation.dispatchEvent(event);
      });
      return event.defaultPrevented;
    }

    it('holds a traversal back until the changes are discarded, then carries it out', async () => {
      const onClose = await renderEditor(fakeMlopsMaturityApi(), current);
      expect(navigate('traverse')).toBe(false);

      await userEvent.click(radio(q1.id, /^L3 — /));
      expect(navigate('push')).toBe(false);
      expect(navigate('traverse')).toBe(true);
      const confirm = await screen.findByRole('dialog', {
        name: 'Discard unsaved changes?',
      });
      expect(traverseTo).not.toHaveBeenCalled();

      await userEvent.click(
        within(confirm).getByRole('button', { name: 'Discard' }),
      );
      expect(onClose).toHaveBeenCalledTimes(1);
      expect(traverseTo).toHaveBeenCalledWith('previous-entry');
    });

    it('stays when the user keeps editing', async () => {
      const onClose = await renderEditor(fakeMlopsMaturityApi(), current);
      await userEvent.click(radio(q1.id, /^L3 — /));
      expect(navigate('traverse')).toBe(true);
      await userEvent.click(
        await screen.findByRole('button', { name: 'Keep editing' }),
      );
      await waitFor(() => expect(confirmDialog()).not.toBeInTheDocument());
      expect(onClose).not.toHaveBeenCalled();
      expect(traverseTo).not.toHaveBeenCalled();
      // Still guarded.
      expect(navigate('traverse')).toBe(true);
    });
  });
});
