import { dayGroups } from './revisionAxis';

// Midday UTC, so that the day is the same in the time zones tests run in.
const noon = (day: string) => `${day}T12:00:00Z`;

describe('dayGroups', () => {
  it('puts consecutive revisions of one day into one group with one label', () => {
    const groups = dayGroups(
      [
        noon('2024-03-01'),
        '2024-03-01T12:30:00Z',
        '2024-03-01T13:00:00Z',
        noon('2024-03-05'),
        noon('2024-04-10'),
      ],
      i => i * 100,
    );
    expect(groups.map(g => [g.first, g.last, g.labelled])).toEqual([
      [0, 2, true],
      [3, 3, true],
      [4, 4, true],
    ]);
    expect(groups[0].label).toMatch(/Mar/);
    expect(groups[0].label).toMatch(/\b1\b/);
    expect(groups[2].label).toMatch(/Apr/);
    expect(groups[2].label).not.toMatch(/2024/);
  });

  it('adds the year when the revisions span more than one', () => {
    const groups = dayGroups(
      [noon('2023-12-30'), noon('2024-01-02')],
      i => i * 200,
    );
    expect(groups.map(g => g.label)).toEqual([
      expect.stringMatching(/2023/),
      expect.stringMatching(/2024/),
    ]);
  });

  it('leaves out labels that would overlap the one before', () => {
    const days = Array.from({ length: 50 }, (_, i) =>
      noon(new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10)),
    );
    const groups = dayGroups(days, i => i * 11);
    const shown = groups.filter(g => g.labelled);
    expect(shown[0]).toBe(groups[0]);
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(25);
    for (let i = 1; i < shown.length; i++) {
      const gap = (shown[i].first - shown[i - 1].first) * 11;
      const halfWidths =
        ((shown[i].label.length + shown[i - 1].label.length) * 6.5) / 2;
      expect(gap).toBeGreaterThanOrEqual(halfWidths);
    }
  });
});
