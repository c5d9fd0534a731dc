/**
 * Safe messaging about suicide, as an author types.
 *
 * Sources: the Recommendations for Reporting on Suicide (reportingonsuicide.org, written with
 * AFSP, SAVE and others), AFSP's safe messaging guidance, and 988 Suicide & Crisis Lifeline's
 * messaging guidance. Their common points, as the check applies them:
 * - say where help is (here: the crisis block, or 988 in the text);
 * - "died by suicide", never "committed suicide" (it echoes crime and sin);
 * - no "successful" or "failed" attempts (suicide is not an achievement);
 * - leave out methods and locations;
 * - never present suicide as a solution, or as inevitable.
 * The lists are written in the site's own words; extend them in code review, with a source.
 */

/** Words that make an article "about" suicide or self-harm, so the checks below apply. */
export const SUICIDE_TOPIC_TERMS = [
  'suicide',
  'suicides',
  'suicidal',
  'self-harm',
  'self harm',
  'self-injury',
  'self injury',
  'kill myself',
  'killed himself',
  'killed herself',
  'killed themselves',
  'end my life',
  'ending my life',
  'end their life',
  'end their lives',
  'take my own life',
  'took his own life',
  'took her own life',
  'took their own life',
] as const

export type FlaggedPhrase = {phrase: string; instead: string; why: string}

/** Stigmatizing phrasing, each with what to write instead. */
export const STIGMATIZING_PHRASES: readonly FlaggedPhrase[] = [
  {phrase: 'committed suicide', instead: 'died by suicide', why: '"Committed" frames suicide as a crime or a sin.'},
  {phrase: 'commit suicide', instead: 'die by suicide', why: '"Commit" frames suicide as a crime or a sin.'},
  {phrase: 'commits suicide', instead: 'dies by suicide', why: '"Commits" frames suicide as a crime or a sin.'},
  {phrase: 'committing suicide', instead: 'dying by suicide', why: '"Committing" frames suicide as a crime or a sin.'},
  {phrase: 'successful suicide', instead: 'died by suicide', why: 'Suicide is not an achievement.'},
  {phrase: 'successful attempt', instead: 'died by suicide', why: 'Suicide is not an achievement.'},
  {phrase: 'completed suicide', instead: 'died by suicide', why: 'Suicide is not a task to finish.'},
  {phrase: 'failed suicide', instead: 'suicide attempt', why: 'Surviving is not a failure.'},
  {phrase: 'failed attempt', instead: 'suicide attempt, or survived an attempt', why: 'Surviving is not a failure.'},
  {
    phrase: 'unsuccessful attempt',
    instead: 'suicide attempt, or survived an attempt',
    why: 'Surviving is not a failure.',
  },
  {
    phrase: 'suicide epidemic',
    instead: 'rising suicide rates',
    why: 'Sensational framing can raise risk for readers who are struggling.',
  },
  {
    phrase: 'only option',
    instead: 'say that help exists and recovery is possible',
    why: 'Suicide must never read as the only option.',
  },
  {
    phrase: 'no way out',
    instead: 'say that help exists and recovery is possible',
    why: 'It presents suicide as inevitable.',
  },
]

/** Method and means terms: naming them can raise risk for readers who are struggling. */
export const METHOD_TERMS = [
  'hanging',
  'hanged',
  'overdose',
  'overdosed',
  'overdosing',
  'firearm',
  'gun',
  'shot himself',
  'shot herself',
  'shot themselves',
  'jumping from',
  'pills',
  'poison',
  'poisoning',
  'cutting',
  'slit',
  'wrists',
  'suffocation',
  'carbon monoxide',
] as const

/** What counts as a crisis resource in the text itself: the 988 Lifeline by number. */
export const CRISIS_RESOURCE_PATTERN = /\b988\b/
