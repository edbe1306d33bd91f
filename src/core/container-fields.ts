import type { Container as ArgoContainer } from '../argo-model/generated/k8s-types.js';

/**
 * The rendered fields of a container besides its name, image and command (`args` of a script, `env`,
 * `volumeMounts`, `resources`, ...), merged into its Argo form.
 * @category model
 */
export type ContainerFieldValues = Partial<Omit<ArgoContainer, 'name' | 'image' | 'command'>>;
