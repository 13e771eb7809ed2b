import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import type { PassageView } from '../../../../src-main/contract/assistant'
import { parseAnswer, passageSource, type Inline } from './answer-markup'

interface AnswerTextProps {
  text: string
  citations: readonly PassageView[]
  onCite(passage: PassageView): void
}

/** Answer text with its light Markdown; each [n] that names a cited passage is a chip that opens it. */
export function AnswerText({ text, citations, onCite }: AnswerTextProps) {
  const { t } = useTranslation()
  const line = (pieces: Inline[]) =>
    pieces.map((piece, at) => {
      if (piece.kind === 'text') return <Fragment key={at}>{piece.text}</Fragment>
      return (
        <span key={at} className="cite-group">
          {piece.numbers.map((n) => {
            const passage = citations.find((candidate) => candidate.n === n)
            if (!passage) return <span key={n} className="cite missing">{n}</span>
            return (
              <button key={n} type="button" className="cite" onClick={() => onCite(passage)} aria-label={t('assistant.cite', { n, source: passageSource(passage) })} title={passageSource(passage)} data-testid="citation">
                {n}
              </button>
            )
          })}
        </span>
      )
    })
  return (
    <div className="answer-text">
      {parseAnswer(text).map((block, at) =>
        block.kind === 'list' ? (
          <ul key={at}>
            {block.items.map((item, index) => (
              <li key={index}>{line(item)}</li>
            ))}
          </ul>
        ) : (
          <p key={at}>
            {block.lines.map((pieces, index) => (
              <Fragment key={index}>
                {index > 0 && <br />}
                {line(pieces)}
              </Fragment>
            ))}
          </p>
        )
      )}
    </div>
  )
}
