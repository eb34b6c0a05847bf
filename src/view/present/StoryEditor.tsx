// The story editor: capture the current view as a step, edit titles and captions, reorder, remove, and play.
import { useRef, useState, type FormEvent } from 'react';
import { captureStep, editedStoryId, moveStep, removeStep, showStep, updateStep } from '../../state/story';
import { Modal } from './Modal';
import { useEditedSteps } from './use-story';

function CaptureForm() {
  const [title, setTitle] = useState('');
  const [caption, setCaption] = useState('');
  const [note, setNote] = useState('');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const step = captureStep({ title, caption });
    setTitle('');
    setCaption('');
    setNote(`Captured “${step.title}” as the last step.`);
  };
  return (
    <form className="capture-form" onSubmit={submit}>
      <label>
        Title{' '}
        <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Who brokers" data-autofocus />
      </label>
      <label>
        Caption <textarea value={caption} rows={2} onChange={(e) => setCaption(e.target.value)} />
      </label>
      <button type="submit">Capture this view</button>
      <span role="status" className="note">
        {note}
      </span>
    </form>
  );
}

/** Keeps the keyboard where it was after a move: on the same button of the moved step, or its twin when at an end. */
function moveAndKeepFocus(list: HTMLOListElement | null, id: string, index: number, delta: number): void {
  moveStep(index, delta);
  requestAnimationFrame(() => {
    const item = [...(list?.children ?? [])].find((child) => child.getAttribute('data-step-id') === id);
    const same = item?.querySelector<HTMLButtonElement>(`button[data-move="${delta}"]`);
    const other = item?.querySelector<HTMLButtonElement>(`button[data-move="${-delta}"]`);
    (same && !same.disabled ? same : other)?.focus();
  });
}

export function StoryEditor({ onClose }: { onClose: () => void }) {
  const steps = useEditedSteps();
  const list = useRef<HTMLOListElement>(null);
  const play = (index: number): void => {
    onClose();
    showStep(editedStoryId(), index + 1);
  };
  return (
    <Modal title="Story" onClose={onClose} className="story-editor">
      <p className="note">
        Steps are views with a title and caption. Present them with ← and →; they are saved as the dataset&apos;s views
        when you export it as JSON.
      </p>
      <CaptureForm />
      {steps.length === 0 ? (
        <p className="note">No steps yet: set up a view, then capture it.</p>
      ) : (
        <ol className="story-steps" ref={list}>
          {steps.map((step, index) => (
            <li key={step.id} data-step-id={step.id}>
              <div className="story-step-fields">
                <label>
                  <span className="visually-hidden">Title of step {index + 1}</span>
                  <input value={step.title} onChange={(e) => updateStep(index, { title: e.target.value })} />
                </label>
                <label>
                  <span className="visually-hidden">Caption of step {index + 1}</span>
                  <textarea
                    value={step.caption}
                    rows={2}
                    onChange={(e) => updateStep(index, { caption: e.target.value })}
                  />
                </label>
              </div>
              <div className="story-step-actions">
                <button type="button" onClick={() => play(index)} aria-label={`Present from step ${index + 1}`}>
                  ▶
                </button>
                <button
                  type="button"
                  data-move="-1"
                  onClick={() => moveAndKeepFocus(list.current, step.id, index, -1)}
                  disabled={index === 0}
                  aria-label={`Move step ${index + 1} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  data-move="1"
                  onClick={() => moveAndKeepFocus(list.current, step.id, index, 1)}
                  disabled={index === steps.length - 1}
                  aria-label={`Move step ${index + 1} down`}
                >
                  ↓
                </button>
                <button type="button" onClick={() => removeStep(index)} aria-label={`Remove step ${index + 1}`}>
                  ✕
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <button type="button" onClick={() => play(0)} disabled={steps.length === 0}>
        Present from the start
      </button>
    </Modal>
  );
}
