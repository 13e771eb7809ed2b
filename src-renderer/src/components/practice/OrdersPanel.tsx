import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { PracticeOrder } from '../../../../src-main/contract/patient'
import { localized } from './localized'

interface OrdersPanelProps {
  orders: PracticeOrder[]
  language: string
  disabled: boolean
  onOrder(text: string): void
}

export function OrdersPanel({ orders, language, disabled, onOrder }: OrdersPanelProps) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!text.trim()) return
    onOrder(text.trim())
    setText('')
  }
  return (
    <section className="panel" aria-label={t('practice.orders')}>
      <h2>{t('practice.orders')}</h2>
      <form className="row" onSubmit={submit}>
        <input value={text} onChange={(event) => setText(event.target.value)} placeholder={t('practice.orderPlaceholder')} disabled={disabled} data-testid="order-input" className="grow" />
        <button type="submit" disabled={disabled || !text.trim()} data-testid="order-send">
          {t('practice.order')}
        </button>
      </form>
      {orders.length === 0 ? (
        <p className="help">{t('practice.noOrders')}</p>
      ) : (
        <ul className="orders" data-testid="orders">
          {orders.map((order) => (
            <li key={order.id} className={`order-${order.resolution}`}>
              <div className="order-head">
                <strong>{localized(order.name, language) || order.text}</strong>
                {order.costCny > 0 && <span className="muted"> ¥{order.costCny}</span>}
              </div>
              <div className="order-result">{localized(order.result, language)}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
