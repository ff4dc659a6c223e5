/** The "then" picked on the radar holds only in its range and on its profile. */
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RangeChoice } from '../../domain/progress/progress-types.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { usePickedThen } from './use-picked-then.ts';

// Only their identity matters here: the hook never reads them.
const first = {} as ProfileConnection;
const second = {} as ProfileConnection;

describe('the self-assessment picked as "then"', () => {
  it('holds while the range and profile stay, and goes back to the default when either changes', () => {
    const { result, rerender } = renderHook(({ range, connection }: { range: RangeChoice; connection: ProfileConnection }) => usePickedThen(range, connection), {
      initialProps: { range: 'year', connection: first },
    });
    expect(result.current[0]).toBeUndefined();
    act(() => result.current[1]('a2'));
    expect(result.current[0]).toBe('a2');
    rerender({ range: 'year', connection: first });
    expect(result.current[0]).toBe('a2');

    rerender({ range: 'all', connection: first });
    expect(result.current[0]).toBeUndefined();
    rerender({ range: 'year', connection: first });
    expect(result.current[0]).toBeUndefined();

    act(() => result.current[1]('a1'));
    expect(result.current[0]).toBe('a1');
    rerender({ range: 'year', connection: second });
    expect(result.current[0]).toBeUndefined();
  });
});
