import { kubernetesObject } from 'tiphys';

// The PersistentVolumeClaim the volumes-existing example mounts: create it first
// (`tiphys build examples/upstream/testvolume.ts | kubectl create -f -`), then submit volumes-existing.
export default kubernetesObject({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name: 'my-existing-volume' },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
});
