import type { Grade } from './schema.js';

/** The letter scale, highest first: a score at or above `min` earns `grade`. */
export const GRADE_SCALE: ReadonlyArray<{ grade: Grade; min: number }> = [
  { grade: 'A+', min: 97 },
  { grade: 'A', min: 93 },
  { grade: 'A-', min: 90 },
  { grade: 'B+', min: 87 },
  { grade: 'B', min: 83 },
  { grade: 'B-', min: 80 },
  { grade: 'C+', min: 77 },
  { grade: 'C', min: 73 },
  { grade: 'C-', min: 70 },
  { grade: 'D', min: 60 },
  { grade: 'F', min: 0 },
];

/** The letter grade of a 0–100 score. */
export function gradeFor(score: number): Grade {
  for (const step of GRADE_SCALE) if (score >= step.min) return step.grade;
  return 'F';
}

/** Round to one decimal, the precision every score is stored with. */
export function roundScore(score: number): number {
  return Math.round(score * 10) / 10;
}
