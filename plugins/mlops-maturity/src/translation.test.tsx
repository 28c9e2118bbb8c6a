import {
  createFrontendModule,
  createTranslationMessages,
} from '@backstage/frontend-plugin-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import { screen } from '@testing-library/react';
import { DiscardChangesDialog } from './components/entity/AssessmentEditor/DiscardChangesDialog';
import { LevelBadge } from './components/shared/LevelBadge';
import {
  mlopsMaturityMessages,
  mlopsMaturityTranslationRef,
} from './translation';

/** Every message of a nested message object, with its dotted key. */
function flatten(
  messages: object,
  prefix = '',
): Array<[key: string, message: unknown]> {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? flatten(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

/** A module of the app plugin that overrides some of the plugin's wording. */
function wording(messages: Record<string, string>) {
  // What an app of the new frontend system does: a module of the app plugin
  // with a translation extension.
  return createFrontendModule({
    pluginId: 'app',
    extensions: [
      TranslationBlueprint.make({
        name: 'mlops-maturity-wording',
        params: {
          resource: createTranslationMessages({
            ref: mlopsMaturityTranslationRef,
            messages,
          }),
        },
      }),
    ],
  });
}

describe('mlopsMaturityTranslationRef', () => {
  it('has a non-empty English text for every message', () => {
    const messages = flatten(mlopsMaturityMessages);
    expect(messages.length).toBeGreaterThan(0);
    const blank = messages.filter(
      ([, message]) => typeof message !== 'string' || message.trim() === '',
    );
    expect(blank).toEqual([]);
  });

  it('gives every counted message both English forms', () => {
    const keys = flatten(mlopsMaturityMessages).map(([key]) => key);
    const counted = keys.filter(key => /_(one|other)$/.test(key));
    expect(counted.length).toBeGreaterThan(0);
    const unpaired = counted.filter(
      key =>
        !keys.includes(key.replace(/_one$/, '_other')) ||
        !keys.includes(key.replace(/_other$/, '_one')),
    );
    expect(unpaired).toEqual([]);
  });

  it('lets an app override the wording', async () => {
    await renderInTestApp(
      <>
        <LevelBadge level={null} />
        <LevelBadge level={3} name="Automated Deployment" />
      </>,
      {
        features: [
          wording({
            'levelBadge.notAssessed': 'No assessment yet',
            'levelBadge.withName': 'Stage {{level}}: {{name}}',
          }),
        ],
      },
    );

    expect(await screen.findByText('No assessment yet')).toBeInTheDocument();
    expect(screen.queryByText('Not assessed')).not.toBeInTheDocument();
    expect(
      screen.getByText('Stage 3: Automated Deployment'),
    ).toBeInTheDocument();
    // Messages the app leaves alone keep the shipped English.
    expect(
      screen.getByLabelText('Level 3: Automated Deployment'),
    ).toBeInTheDocument();
  });

  it('lets an app reword the assessment editor', async () => {
    await renderInTestApp(
      <DiscardChangesDialog
        open
        changedQuestionTitles={[
          'Versioning',
          'Tests',
          'Deploys',
          'Alerts',
          'Docs',
        ]}
        hasDraft={false}
        onKeepEditing={() => {}}
        onDiscard={() => {}}
      />,
      {
        features: [
          wording({
            'discardChangesDialog.title': 'Throw away your edits?',
            'discardChangesDialog.questionsAndMore': '{{questions}} +{{more}}',
          }),
        ],
      },
    );

    expect(
      await screen.findByRole('dialog', { name: 'Throw away your edits?' }),
    ).toBeInTheDocument();
    // The override sits inside a shipped message, counted for five answers.
    expect(
      screen.getByText(
        'You changed 5 answers (Versioning, Tests, Deploys +2) since the editor opened. Closing now loses these changes; save a draft or submit to keep them.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep editing' })).toBeVisible();
  });
});
