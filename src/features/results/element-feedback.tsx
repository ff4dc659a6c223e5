/** One element's band: its label, reflective feedback, and practices to try. */
import type { QuestionnaireElement } from '../../content/questionnaire-schema.ts';
import { findBand } from '../../domain/scoring/bands.ts';
import type { ElementScore } from '../../domain/scoring/score-response.ts';

export function ElementFeedback({ element, score }: { element: QuestionnaireElement; score: ElementScore }) {
  const band = score.score === null ? undefined : findBand(element.bands, score.score);
  return (
    <section className="card" aria-labelledby={`feedback-${element.id}`}>
      <h2 id={`feedback-${element.id}`}>
        {element.name}: {band ? band.label : 'not enough answers to score'}
      </h2>
      {band ? (
        <>
          <p>{band.feedback}</p>
          <h3>Practices to try</h3>
          <ul className="practices">
            {band.practices.map((practice) => (
              <li key={practice.title}>
                <strong>{practice.title}.</strong> {practice.description}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          You answered {score.answered} of {score.total} questions here. Answer at least two thirds of them next time to
          see a score and suggestions for this element.
        </p>
      )}
    </section>
  );
}
