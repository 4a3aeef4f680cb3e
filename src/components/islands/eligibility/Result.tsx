// The result, in two views of one set of answers: the readiness plan, and a draft of one of the agreements the
// fitting form is made of. Each view prints on its own. Typed target dates live here, in memory only.
import { useState } from 'preact/hooks';
import { assess, type Answers } from '../../../lib/eligibility/assess';
import { AgreementDraft } from './AgreementDraft';
import { ReadinessPlan } from './ReadinessPlan';
import type { HeadingRef, ToolContext } from './context';
import { useStepFocus } from './use-step-focus';

export interface ResultProps {
  ctx: ToolContext;
  answers: Answers;
  /** The older guideline version the answers were given against, if they have not been checked again since. */
  since?: string;
  recheck: (step: string) => void;
  restart: () => void;
  heading: HeadingRef;
}

export function Result(props: ResultProps) {
  const { ctx, answers } = props;
  const assessment = assess(ctx.data, answers);
  const [view, setView] = useState('rencana');
  const [targets, setTargets] = useState<Record<string, string>>({});
  useStepFocus(view, props.heading);
  if (view !== 'rencana') {
    return <AgreementDraft ctx={ctx} answers={answers} assessment={assessment} agreement={view} show={setView} heading={props.heading} />;
  }
  return <ReadinessPlan {...props} assessment={assessment} targets={targets} setTarget={(id, date) => setTargets({ ...targets, [id]: date })} openDraft={setView} />;
}
