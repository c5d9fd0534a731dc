import type {z} from 'zod'

// A query's projection and the zod model that reads its result are written apart; TypeGen
// (npm run typegen → sanity/types.ts) types what the query returns, and these types compare that
// with what the model reads, at compile time. Null is set aside on both sides: the models decide
// what may be missing (a lenient relation becomes null), TypeGen only reports that it can be.

type Present<T> = Exclude<T, null | undefined>
type Primitive = string | number | boolean

type Field<P extends string, K> = `${P}.${K & string}`

/**
 * The fields where a query result R and a model's input M disagree, as paths: a field the model
 * reads that the query does not return ("(not in query)"), one the query returns that the model
 * never reads ("(not read)"), or a value of another kind. `never` when they agree.
 */
export type DriftBetween<R, M, P extends string = ''> = unknown extends M
  ? never // the model takes anything here (z.unknown, a loose object's extra keys)
  : Present<R> extends readonly (infer RItem)[]
    ? Present<M> extends readonly (infer MItem)[]
      ? DriftBetween<RItem, MItem, `${P}[]`>
      : `${P} (a list in the query)`
    : Present<R> extends Primitive
      ? Present<R> extends Present<M>
        ? never
        : `${P} (another kind of value)`
      : Present<M> extends Primitive | readonly unknown[]
        ? `${P} (an object in the query)`
        : string extends keyof Present<M>
          ? never // a loose object: any field may come
          : {
              [K in keyof Present<R> | keyof Present<M>]: K extends keyof Present<M>
                ? K extends keyof Present<R>
                  ? DriftBetween<Present<R>[K], Present<M>[K], Field<P, K>>
                  : `${Field<P, K>} (not in query)`
                : `${Field<P, K>} (not read)`
            }[keyof Present<R> | keyof Present<M>]

/** What `Model` reads against what TypeGen says `Result` holds. */
export type Drift<Result, Model extends z.ZodType> = DriftBetween<Result, z.input<Model>>

/** Compiles only when there is no drift; the error names the fields that drifted. */
export type NoDrift<D extends never> = D
