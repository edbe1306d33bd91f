import { libraries } from '../library-templates.js';

export const { printMessageLib, randomFailLib, innerStepsLib, innerDagLib, submittable } = libraries(true);
