import { render, screen } from '@testing-library/react';
import App from './App';

describe('App', () => {
  it('boots the app shell and asks the visitor to sign in', async () => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'MLOps Maturity Test' },
            backend: { baseUrl: 'http://localhost:7007' },
            auth: { providers: { guest: {} } },
          },
          context: 'test',
        },
      ] as any,
    };

    render(App.createRoot());

    expect(
      await screen.findByText('MLOps Maturity Test', {}, { timeout: 10000 }),
    ).toBeInTheDocument();
  });
});
