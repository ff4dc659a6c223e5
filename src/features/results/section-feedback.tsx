/**
 * One scored section's band: its label, reflective feedback, and practices
 * to try; what the score rests on when some questions were skipped or did
 * not apply; a note when one answer a step different would move the score
 * into the neighbouring band; and the support routes under a band that
 * signposts them (once per result: the result screen passes `showSupport`
 * to the last such section only). A section not scored says why: too few
 * answers, or too few questions that applied.
 */
import type { Band, Purpose, QuestionnaireSection } from '../../content/questionnaire-schema.ts';
import { loadSupportRoutes } from '../../content/support-routes.ts';
import type { BandEdge } from '../../domain/scoring/band-edge.ts';
import { bandEdges } from '../../domain/scoring/band-edge.ts';
import { bandForScore } from '../../domain/scoring/bands.ts';
import type { SectionScore } from '../../domain/scoring/score-response.ts';
import { tooFewApplied } from '../../domain/scoring/score-response.ts';
import { withFullStop } from '../../ui/format-prose.ts';
import { SupportRoutesPanel, useSupportRoutes } from '../../ui/support-routes.tsx';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Based on 4 of 6 questions; 2 answered “Does not apply to my role”; 1 skipped." — or nothing when every question was rated. */
export function describeBasis(score: SectionScore, notApplicableLabel: string | undefined): string | null {
  if (score.scoring !== 'mean' || score.answered === score.total) return null;
  const skipped = score.total - score.answered - score.notApplicable;
  const parts = [`Based on ${score.answered} of ${plural(score.total, 'question', 'questions')}`];
  if (score.notApplicable > 0) {
    parts.push(notApplicableLabel ? `${score.notApplicable} answered “${notApplicableLabel}”` : `${score.notApplicable} did not apply`);
  }
  if (skipped > 0) parts.push(`${skipped} skipped`);
  return `${parts.join('; ')}.`;
}

/**
 * "61 is near the edge of “Often”: one answer a step higher would move it there."
 * A gap below zero is worded as leading ahead of the aim.
 */
export function describeEdge(score: SectionScore, edge: BandEdge<Band>): string {
  const gap = score.score ?? 0;
  if (score.scoring === 'gap' && gap < 0) {
    return `You led ${plural(-gap, 'point', 'points')} ahead of your aim, near the edge of “${edge.band.label}”: one rating a step lower would move it there.`;
  }
  const figure = score.scoring === 'gap' ? `A gap of ${plural(gap, 'point', 'points')}` : String(score.score);
  const how = {
    higher: 'one answer a step higher',
    lower: 'one answer a step lower',
    wider: 'one rating a step further from your aim',
    closer: 'one rating a step closer to your aim',
  }[edge.direction];
  return `${figure} is near the edge of “${edge.band.label}”: ${how} would move it there.`;
}

function NotScored({ score, notApplicableLabel, purpose }: { score: SectionScore; notApplicableLabel: string | undefined; purpose: Purpose | undefined }) {
  const rated = score.scoring === 'gap' ? 'behaviours rated on both sides' : 'questions';
  if (tooFewApplied(score)) {
    return (
      <p>
        You rated {score.answered} of {plural(score.total, 'question', 'questions')} here
        {notApplicableLabel ? `, and answered “${notApplicableLabel}” to ${score.notApplicable}` : `; ${score.notApplicable} did not apply`}.
        Too few of these questions applied to give a fair score, so this section is not scored this time.
        {/* The self-care check-in is about the leader's own wellbeing, not how they lead. */}
        {purpose !== 'self-care' && ' That says nothing about how you lead.'}
      </p>
    );
  }
  if (score.notApplicable > 0) {
    return (
      <p>
        You rated {score.answered} of {score.total} {rated} here
        {notApplicableLabel ? `, and answered “${notApplicableLabel}” to ${score.notApplicable}` : `; ${score.notApplicable} did not apply`}. A
        score needs at least two thirds of the questions that apply to be rated. Rate more of them next time to see a
        score and suggestions for this section.
      </p>
    );
  }
  return (
    <p>
      You answered {score.answered} of {score.total} {rated} here. Answer at least two thirds of them next time to see a
      score and suggestions for this section.
    </p>
  );
}

export function SectionFeedback({ section, score, notApplicableLabel, purpose, showSupport = true }: {
  section: QuestionnaireSection;
  score: SectionScore;
  /** The questionnaire's label for a "does not apply" answer, if it offers one. */
  notApplicableLabel?: string | undefined;
  /** The questionnaire's purpose: a self-care check-in is not worded as being about how you lead. */
  purpose?: Purpose | undefined;
  /** False to leave out the support routes under a signposting band, when the result shows them under another section. */
  showSupport?: boolean;
}) {
  const band = bandForScore(section.bands, score.score);
  const routes = useSupportRoutes(loadSupportRoutes, band?.signpost === true && showSupport);
  const basis = describeBasis(score, notApplicableLabel);
  const edges = bandEdges(section.bands, score);
  const notScoredLabel = tooFewApplied(score) ? 'too few questions applied to score' : 'not enough answers to score';
  return (
    <section className="card" aria-labelledby={`feedback-${section.id}`}>
      <h2 id={`feedback-${section.id}`}>
        {section.title}: {band ? band.label : notScoredLabel}
      </h2>
      {band ? (
        <>
          {basis && <p className="muted">{basis}</p>}
          {edges.map((edge) => (
            <p key={edge.direction}>{describeEdge(score, edge)}</p>
          ))}
          <p>{band.feedback}</p>
          {routes && <SupportRoutesPanel routes={routes} headingLevel={3} />}
          <h3>Practices to try</h3>
          <ul className="practices">
            {band.practices.map((practice) => (
              <li key={practice.title}>
                <strong>{withFullStop(practice.title)}</strong> {practice.description}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <NotScored score={score} notApplicableLabel={notApplicableLabel} purpose={purpose} />
      )}
    </section>
  );
}
