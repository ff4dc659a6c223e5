/**
 * "Withdraw earlier shares": one checkbox per share this profile has made
 * and not yet withdrawn. Ticking one asks the coach's app, in the new share,
 * to remove that earlier snapshot; it cannot recall a copy kept elsewhere.
 */
import type { ShareMade } from '../../storage/sharing/share-types.ts';
import { coversLines } from './share-words.ts';

const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const timeOfDay = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** "Shared on 4 Dec 2026". */
export function sharedOnLabel(share: ShareMade): string {
  return `Shared on ${shortDate.format(new Date(share.madeAt))}`;
}

export function WithdrawFields({ shares, chosen, disabled, onChange }: {
  shares: readonly ShareMade[];
  chosen: ReadonlySet<string>;
  disabled: boolean;
  onChange: (chosen: Set<string>) => void;
}) {
  if (shares.length === 0) return null;
  return (
    <fieldset className="likert" disabled={disabled}>
      <legend className="likert__text">Withdraw earlier shares</legend>
      <p className="field__hint">
        Tick a share to ask your coach’s app to remove it when it opens this new one. A copy kept anywhere else (an email, a
        download) cannot be recalled.
      </p>
      {shares.map((share) => {
        const hintId = `withdraw-${share.shareId}`;
        return (
          <div key={share.shareId}>
            <label className="check">
              <input
                type="checkbox"
                autoComplete="off"
                aria-describedby={hintId}
                checked={chosen.has(share.shareId)}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.target.checked) next.add(share.shareId);
                  else next.delete(share.shareId);
                  onChange(next);
                }}
              />
              <span>{sharedOnLabel(share)}</span>
            </label>
            <p id={hintId} className="field__hint">
              At {timeOfDay.format(new Date(share.madeAt))}: {coversLines(share.covers).join('; ') || 'no records'}.
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
