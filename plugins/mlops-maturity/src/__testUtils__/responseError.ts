import { ResponseError } from '@backstage/errors';

/** A ResponseError as the client raises it for a Backstage error body. */
export async function responseError(
  status: number,
  name: string,
  message: string,
  extra: Record<string, unknown> = {},
): Promise<ResponseError> {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message, ...extra },
        request: { method: 'PUT', url: '/api/mlops-maturity/assessments' },
        response: { statusCode: status },
      }),
      { status, headers: { 'Content-Type': 'application/json' } },
    ),
  );
}
