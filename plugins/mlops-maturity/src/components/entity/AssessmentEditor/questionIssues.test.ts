import {
  choiceMessages,
  groupIssuesByQuestion,
  messagesAt,
  withoutIssuesOf,
} from './questionIssues';

describe('groupIssuesByQuestion', () => {
  const known = ['rollback', 'testing'];

  it('files each issue under its question and field path', () => {
    const grouped = groupIssuesByQuestion(
      [
        {
          field: 'answers.rollback.level',
          questionId: 'rollback',
          message: 'pick a level',
        },
        {
          field: 'answers.testing.evidence[0].url',
          questionId: 'testing',
          message: 'bad url',
        },
        { field: 'answers.testing.reason', message: 'reason needed' },
      ],
      known,
    );
    expect(choiceMessages(grouped.byQuestion.rollback)).toEqual([
      'pick a level',
    ]);
    expect(messagesAt(grouped.byQuestion.testing, 'evidence[0].url')).toEqual([
      'bad url',
    ]);
    expect(messagesAt(grouped.byQuestion.testing, 'reason')).toEqual([
      'reason needed',
    ]);
    expect(grouped.general).toEqual([]);
  });

  it('keeps issues that name no known question as general', () => {
    const dimensionIssue = { field: 'answers', message: 'all N/A' };
    const unknown = {
      field: 'answers.retired.level',
      message: 'unknown question',
    };
    const grouped = groupIssuesByQuestion([dimensionIssue, unknown], known);
    expect(grouped.general).toEqual([dimensionIssue, unknown]);
  });

  it('treats a missing answer as an issue of the choice', () => {
    const grouped = groupIssuesByQuestion(
      [
        {
          field: 'answers.rollback',
          questionId: 'rollback',
          message: 'missing',
        },
      ],
      known,
    );
    expect(choiceMessages(grouped.byQuestion.rollback)).toEqual(['missing']);
  });

  it('reads request-shape issues that name the body', () => {
    const grouped = groupIssuesByQuestion(
      [{ field: 'body.answers.testing.note', message: 'Expected string' }],
      known,
    );
    expect(messagesAt(grouped.byQuestion.testing, 'note')).toEqual([
      'Expected string',
    ]);
  });
});

describe('withoutIssuesOf', () => {
  const issues = [
    { field: 'answers.rollback.level', message: 'pick a level' },
    { field: 'answers.rollback', message: 'answer it' },
    { field: 'answers.testing', questionId: 'rollback', message: 'named' },
    { field: 'answers.rollbackPlan.note', message: 'too long' },
    { field: 'answers.testing.reason', message: 'too short' },
  ];

  it('drops the issues about the question, by id or by field', () => {
    expect(withoutIssuesOf(issues, 'rollback').map(i => i.message)).toEqual([
      'too long',
      'too short',
    ]);
  });

  it('returns the same array when no issue is about the question', () => {
    expect(withoutIssuesOf(issues, 'monitoring')).toBe(issues);
  });
});
