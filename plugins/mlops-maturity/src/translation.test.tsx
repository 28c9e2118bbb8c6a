import {
  createFrontendModule,
  createTranslationMessages,
} from '@backstage/frontend-plugin-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import { screen } from '@testing-library/react';
import { LevelBadge } from './components/LevelBadge';
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

describe('mlopsMaturityTranslationRef', () => {
  it('has a non-empty English text for every message', () => {
    const messages = flatten(mlopsMaturityMessages);
    expect(messages.length).toBeGreaterThan(0);
    const blank = messages.filter(
      ([, message]) => typeof message !== 'string' || message.trim() === '',
    );
    expect(blank).toEqual([]);
  });

  it('lets an app override the wording', async () => {
    // What an app of the new frontend system does: a module of the app plugin
    // with a translation extension.
    const wording = createFrontendModule({
      pluginId: 'app',
      extensions: [
        TranslationBlueprint.make({
          name: 'mlops-maturity-wording',
          params: {
            resource: createTranslationMessages({
              ref: mlopsMaturityTranslationRef,
              messages: {
                'levelBadge.notAssessed': 'No assessment yet',
                'levelBadge.withName': 'Stage {{level}}: {{name}}',
              },
            }),
          },
        }),
      ],
    });

    await renderInTestApp(
      <>
        <LevelBadge level={null} />
        <LevelBadge level={3} name="Automated Deployment" />
      </>,
      { features: [wording] },
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
});
