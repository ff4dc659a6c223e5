/** One scored section's band: its label, reflective feedback, and practices to try. */
import type { QuestionnaireSection } from '../../content/questionnaire-schema.ts';
import { bandForScore } from '../../domain/scoring/bands.ts';
import type { SectionScore } from '../../domain/scoring/score-response.ts';
import { withFullStop } from '../../ui/format-prose.ts';

export function SectionFeedback({ section, score }: { section: QuestionnaireSection; score: SectionScore }) {
  const band = bandForScore(section.bands, score.score);
  const rated = score.scoring === 'gap' ? 'behaviours rated on both sides' : 'questions';
  return (
    <section className="card" aria-labelledby={`feedback-${section.id}`}>
      <h2 id={`feedback-${section.id}`}>
        {section.title}: {band ? band.label : 'not enough answers to score'}
      </h2>
      {band ? (
        <>
          <p>{band.feedback}</p>
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
        <p>
          You answered {score.answered} of {score.total} {rated} here. Answer at least two thirds of them next time to see
          a score and suggestions for this section.
        </p>
      )}
    </section>
  );
}
