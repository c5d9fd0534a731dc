import type {Service} from '../../lib/services/types.ts'

export function Faq({faq}: {faq: Service['faq']}) {
  return (
    <section className="faq" aria-labelledby="faq-title">
      <h2 id="faq-title">Questions people ask</h2>
      {faq.map((item) => (
        <div key={item.question} className="faq__item">
          <h3>{item.question}</h3>
          <p>{item.answer}</p>
        </div>
      ))}
    </section>
  )
}
