import { ResponseError } from '@backstage/errors';
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LoadError } from './LoadError';

describe('LoadError', () => {
  it("shows the status and the server's own message, and retries", async () => {
    const error = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'ServiceUnavailableError',
            message: 'The database is being upgraded',
          },
          response: { statusCode: 503 },
        }),
        {
          status: 503,
          statusText: 'Service Unavailable',
          headers: { 'Content-Type': 'application/json' },
        },
      ),
    );
    const onRetry = jest.fn();
    await renderInTestApp(<LoadError error={error} onRetry={onRetry} />);
    const panel = screen.getByTestId('load-error');
    expect(panel).toHaveTextContent(
      'Could not load this: 503 Service Unavailable',
    );
    expect(panel).toHaveTextContent('The database is being upgraded');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('says only the status when a proxy answered without a message, and offers no retry without a way to', async () => {
    const error = await ResponseError.fromResponse(
      new Response('<html>Bad gateway</html>', {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'Content-Type': 'text/html' },
      }),
    );
    await renderInTestApp(<LoadError error={error} />);
    expect(screen.getByTestId('load-error')).toHaveTextContent(
      /^Could not load this: 502 Bad Gateway$/,
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows the message of an error that is not a response', async () => {
    await renderInTestApp(<LoadError error={new Error('Failed to fetch')} />);
    expect(screen.getByTestId('load-error')).toHaveTextContent(
      'Could not load thisFailed to fetch',
    );
  });
});
