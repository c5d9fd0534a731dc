/**
 * Every limit the content check applies, in one place. Each says where the number comes from,
 * so a clinician or a reviewer can weigh it rather than take it on trust.
 */
export const THRESHOLDS = {
  /**
   * Highest reading grade (Flesch-Kincaid) for the whole article before it is flagged.
   * Health-literacy guidance for patient material (NIH/NLM "How to write easy-to-read health
   * materials"; AMA) aims at a 6th-8th grade level. The site allows one grade of leeway, since
   * clinical terms such as "intensive outpatient" count as long words in every formula.
   */
  articleGrade: 9,
  /** A paragraph above this grade is listed among the hardest paragraphs (same sources). */
  paragraphGrade: 10,
  /** Text shorter than this is not graded (a paragraph, or a whole draft): the formulas swing wildly on one line. */
  minWordsToGrade: 20,
  /**
   * Words in a sentence before it is "long". The U.S. Federal Plain Language Guidelines advise
   * sentences averaging 15-20 words; 25 flags the ones well past that average.
   */
  longSentenceWords: 25,
  /** Search result titles: Google shows about 50-60 characters before cutting a title. */
  seoTitleMax: 60,
  /**
   * Search result descriptions: Google shows up to about 155-160 characters; under about 70
   * there is too little to tell a reader what the page holds (Yoast uses the same range).
   */
  seoDescriptionMin: 70,
  seoDescriptionMax: 160,
} as const
