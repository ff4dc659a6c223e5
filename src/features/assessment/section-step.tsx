/**
 * One step of a questionnaire: a single section's items, each drawn by its
 * type (scale, paired, choice, free text), then the optional question that
 * challenges the self-view. Every Likert or paired item is its own labelled
 * radio group.
 */
import type { RefObject } from 'react';
import type { Questionnaire, QuestionnaireItem, QuestionnaireSection } from '../../content/questionnaire-schema.ts';
import type { DraftAnswer } from '../../domain/questionnaire/response.ts';
import { ChoiceList } from '../../ui/choice-list.tsx';
import { LikertScale } from '../../ui/likert-scale.tsx';
import type { PairedSide } from '../../ui/paired-rating.tsx';
import { PairedRating } from '../../ui/paired-rating.tsx';
import { TextAreaField } from '../../ui/text-area-field.tsx';

export interface AnswerHandlers {
  onScale: (itemId: string, value: number) => void;
  onPaired: (itemId: string, side: PairedSide, value: number) => void;
  onChoice: (itemId: string, optionId: string) => void;
  onText: (itemId: string, text: string) => void;
  onNote: (sectionId: string, text: string) => void;
}

export interface SectionStepProps {
  questionnaire: Questionnaire;
  section: QuestionnaireSection;
  /** The step's place, named in its heading; null inside a flow that counts its own parts (the heading is then an h3). */
  step: { number: number; count: number } | null;
  answers: Record<string, DraftAnswer>;
  note: string;
  handlers: AnswerHandlers;
  readOnly: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** The most text one answer may hold: about four pages. */
export const MAX_TEXT_LENGTH = 10_000;

function Item({ questionnaire, item, answer, handlers, readOnly }: {
  questionnaire: Questionnaire;
  item: QuestionnaireItem;
  answer: DraftAnswer | undefined;
  handlers: AnswerHandlers;
  readOnly: boolean;
}) {
  switch (item.type) {
    case 'scale':
      return (
        <LikertScale
          name={item.id}
          text={item.text}
          options={questionnaire.scale!.options}
          value={typeof answer === 'number' ? answer : undefined}
          onAnswer={handlers.onScale}
          disabled={readOnly}
        />
      );
    case 'paired': {
      const pair = typeof answer === 'object' ? answer : {};
      const scale = questionnaire.pairedScale!;
      return (
        <PairedRating
          name={item.id}
          text={item.text}
          aimLabel={scale.aimLabel}
          actualLabel={scale.actualLabel}
          options={scale.options}
          aim={pair.aim}
          actual={pair.actual}
          onRate={handlers.onPaired}
          disabled={readOnly}
        />
      );
    }
    case 'choice':
      return (
        <ChoiceList
          name={item.id}
          text={item.text}
          options={item.options}
          value={typeof answer === 'string' ? answer : undefined}
          onChoose={handlers.onChoice}
          disabled={readOnly}
        />
      );
    case 'text':
      return (
        <TextAreaField
          label={item.text}
          hint={item.hint ? `${item.hint} (Optional.)` : 'Optional.'}
          value={typeof answer === 'string' ? answer : ''}
          maxLength={MAX_TEXT_LENGTH}
          onChange={(event) => handlers.onText(item.id, event.target.value)}
          readOnly={readOnly}
        />
      );
  }
}

export function SectionStep(props: SectionStepProps) {
  const { questionnaire, section, step, answers, note, handlers, readOnly, headingRef } = props;
  const Heading = step ? 'h2' : 'h3';
  const hasScale = section.items.some((item) => item.type === 'scale');
  const hasPaired = section.items.some((item) => item.type === 'paired');
  return (
    <section aria-labelledby={`step-${section.id}`}>
      <Heading id={`step-${section.id}`} ref={headingRef} tabIndex={-1}>
        {step && <span className="visually-hidden">{`Step ${step.number} of ${step.count}:`}</span>} {section.title}
      </Heading>
      <p>{section.summary}</p>
      {hasScale && questionnaire.scale && <p className="muted">{questionnaire.scale.question}</p>}
      {hasPaired && questionnaire.pairedScale && <p className="muted">{questionnaire.pairedScale.question}</p>}
      {section.items.map((item) => (
        <Item key={item.id} questionnaire={questionnaire} item={item} answer={answers[item.id]} handlers={handlers} readOnly={readOnly} />
      ))}
      {section.challengePrompt && (
        <TextAreaField
          label={section.challengePrompt}
          hint="Optional. People tend to rate themselves more generously than their teams do, so it can help to imagine their answer."
          value={note}
          rows={3}
          maxLength={MAX_TEXT_LENGTH}
          onChange={(event) => handlers.onNote(section.id, event.target.value)}
          readOnly={readOnly}
        />
      )}
    </section>
  );
}
