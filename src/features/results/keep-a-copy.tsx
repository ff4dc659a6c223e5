/**
 * For a guest session, whose result is forgotten when it ends: print it (or
 * save it as a PDF from the print dialogue), or download a copy as a file.
 * The file is made in the browser; nothing is sent anywhere.
 */
import type { AssessmentResponse } from '../../domain/questionnaire/response.ts';
import type { ResponseScore } from '../../domain/scoring/score-response.ts';
import { Button } from '../../ui/button.tsx';

function download(response: AssessmentResponse, score: ResponseScore): void {
  const file = new Blob([JSON.stringify({ format: 'attune-result', formatVersion: 2, response, score }, null, 2)], {
    type: 'application/json',
  });
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = `attune-result-${response.completedAt.slice(0, 10)}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function KeepACopy({ response, score }: { response: AssessmentResponse; score: ResponseScore }) {
  return (
    <section className="card" aria-labelledby="keep-copy-heading">
      <h2 id="keep-copy-heading">Keep a copy before you finish</h2>
      <p>This is a guest session, so this result is removed from the device when you finish.</p>
      <div className="button-row">
        <Button onClick={() => window.print()}>Print or save as PDF</Button>
        <Button variant="secondary" onClick={() => download(response, score)}>
          Download a copy
        </Button>
      </div>
    </section>
  );
}
