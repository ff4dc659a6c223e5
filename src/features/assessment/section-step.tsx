/**
 * One step of a questionnaire: a single section's items, each drawn by its
 * type (scale, paired, choice, free text), then the optional question that
 * challenges the self-view. Every Likert or paired item is its own labelled
 * radio group; a scale item offers "does not apply" when the scale has it,
 * unless its section opts out.
 * With aims carried from an earlier time, a step of paired items shows those
 * aims read-only and asks only for the actual ratings, until the leader
 * chooses to change the aims.
 */
import type { RefObject } from 'react';
import { useEffect, useRef } from 'react';
import type { Questionnaire, QuestionnaireItem, QuestionnaireSection } from '../../content/questionnaire-schema.ts';
import { offersNotApplicable } from '../../domain/questionnaire/build-response.ts';
import type { CarriedAims, DraftAnswer } from '../../domain/questionnaire/response.ts';
import { NOT_APPLICABLE } from '../../domain/questionnaire/response.ts';
import { ChoiceList } from '../../ui/choice-list.tsx';
import type { LikertValue } from '../../ui/likert-scale.tsx';
import { LikertScale } from '../../ui/likert-scale.tsx';
import type { PairedSide } from '../../ui/paired-rating.tsx';
import { PairedRating } from '../../ui/paired-rating.tsx';
import { TextAreaField } from '../../ui/text-area-field.tsx';
import { CarriedAimsSummary } from './carried-aims-summary.tsx';

export interface AnswerHandlers {
  onScale: (itemId: string, value: LikertValue) => void;
  onPaired: (itemId: string, side: PairedSide, value: number) => void;
  onChoice: (itemId: string, optionId: string) => void;
  onText: (itemId: string, text: string) => void;
  onNote: (sectionId: string, text: string) => void;
  /** Opens a section's carried aims for changing. */
  onChangeAims: (sectionId: string) => void;
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
  /** Aims carried from an earlier response, if any (see carry-aims.ts). */
  carriedAims?: CarriedAims | undefined;
}

/** The most text one answer may hold: about four pages. */
export const MAX_TEXT_LENGTH = 10_000;

function Item({ questionnaire, section, item, answer, handlers, readOnly, aimCarried }: {
  questionnaire: Questionnaire;
  section: QuestionnaireSection;
  item: QuestionnaireItem;
  answer: DraftAnswer | undefined;
  handlers: AnswerHandlers;
  readOnly: boolean;
  /** The step shows this item's carried aim instead of asking it. */
  aimCarried: boolean;
}) {
  switch (item.type) {
    case 'scale': {
      const scale = questionnaire.scale!;
      const offered = offersNotApplicable(scale, section);
      return (
        <LikertScale
          name={item.id}
          text={item.text}
          options={scale.options}
          value={typeof answer === 'number' || (offered && answer === NOT_APPLICABLE) ? answer : undefined}
          onAnswer={handlers.onScale}
          notApplicable={offered ? scale.notApplicable : undefined}
          disabled={readOnly}
        />
      );
    }
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
          showAim={!aimCarried}
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
  const { questionnaire, section, step, answers, note, handlers, readOnly, headingRef, carriedAims } = props;
  const Heading = step ? 'h2' : 'h3';
  const hasScale = section.items.some((item) => item.type === 'scale');
  const hasPaired = section.items.some((item) => item.type === 'paired');
  // Carried aims are shown (not asked) until the leader opens this step's aims to change them;
  // a pair whose aim was not carried is asked in full, and stays so once its aim is rated.
  const carriedHere =
    hasPaired && carriedAims !== undefined && !carriedAims.changing.includes(section.id)
      ? section.items.filter((item) => item.type === 'paired' && (carriedAims.items ?? []).includes(item.id)).map((item) => item.id)
      : [];
  const aimsCarried = carriedHere.length > 0;
  const aimsOpened = hasPaired && carriedAims !== undefined && carriedAims.changing.includes(section.id);
  // When the leader opens the aims, the button goes: focus moves to the line that says what happened.
  const openedRef = useRef<HTMLParagraphElement>(null);
  const wasCarried = useRef(aimsCarried);
  useEffect(() => {
    if (wasCarried.current && aimsOpened) openedRef.current?.focus();
    wasCarried.current = aimsCarried;
  }, [aimsCarried, aimsOpened]);
  return (
    <section aria-labelledby={`step-${section.id}`}>
      <Heading id={`step-${section.id}`} ref={headingRef} tabIndex={-1}>
        {step && <span className="visually-hidden">{`Step ${step.number} of ${step.count}:`}</span>} {section.title}
      </Heading>
      <p>{section.summary}</p>
      {hasScale && questionnaire.scale && <p className="muted">{questionnaire.scale.question}</p>}
      {hasPaired && questionnaire.pairedScale && <p className="muted">{questionnaire.pairedScale.question}</p>}
      {aimsOpened && (
        <p ref={openedRef} tabIndex={-1} className="muted">
          Your earlier aims are filled in below. Change any that no longer fit.
        </p>
      )}
      {aimsCarried && (
        <CarriedAimsSummary
          questionnaire={questionnaire}
          section={section}
          answers={answers}
          items={carriedHere}
          from={carriedAims!.from}
          readOnly={readOnly}
          onChange={() => handlers.onChangeAims(section.id)}
        />
      )}
      {section.items.map((item) => (
        <Item
          key={item.id}
          questionnaire={questionnaire}
          section={section}
          item={item}
          answer={answers[item.id]}
          handlers={handlers}
          readOnly={readOnly}
          aimCarried={carriedHere.includes(item.id)}
        />
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
