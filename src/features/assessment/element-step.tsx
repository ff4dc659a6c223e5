/** One step of the questionnaire: a single element's items, each its own radio group. */
import type { RefObject } from 'react';
import type { Questionnaire, QuestionnaireElement } from '../../content/questionnaire-schema.ts';
import { LikertScale } from '../../ui/likert-scale.tsx';

export interface ElementStepProps {
  questionnaire: Questionnaire;
  element: QuestionnaireElement;
  stepNumber: number;
  stepCount: number;
  answers: Record<string, number>;
  onAnswer: (itemId: string, value: number) => void;
  readOnly: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

export function ElementStep({ questionnaire, element, stepNumber, stepCount, answers, onAnswer, readOnly, headingRef }: ElementStepProps) {
  return (
    <section aria-labelledby={`step-${element.id}`}>
      <h2 id={`step-${element.id}`} ref={headingRef} tabIndex={-1}>
        <span className="visually-hidden">{`Step ${stepNumber} of ${stepCount}:`}</span> {element.name}
      </h2>
      <p>{element.summary}</p>
      <p className="muted">{questionnaire.scale.question}</p>
      {element.items.map((item) => (
        <LikertScale
          key={item.id}
          name={item.id}
          text={item.text}
          options={questionnaire.scale.options}
          value={answers[item.id]}
          onAnswer={onAnswer}
          disabled={readOnly}
        />
      ))}
      {element.challengePrompt && (
        <aside className="card" aria-label="A question to sit with">
          <p>
            <strong>A question to sit with:</strong> {element.challengePrompt}
          </p>
        </aside>
      )}
    </section>
  );
}
