import { artifact, container, s3, secretKey, workflowTemplate } from 'tiphys';

const argosay = container({
  name: 'argosay',
  image: 'alpine:latest',
  inputs: { 'input-file': artifact({ path: '/tmp/input-file' }) },
  command: ['cat'],
  args: ['/tmp/input-file'],
});

// The artifact the entrypoint reads, stored with the WorkflowTemplate (its key is replaced after submit).
export default workflowTemplate({
  name: 'workflow-template-input-artifacts',
  entrypoint: argosay,
  templates: { argosay },
  arguments: {
    'input-file': s3({
      endpoint: 's3.amazonaws.com',
      region: 'us-east-1',
      bucket: 'your-bucket-name',
      key: 'input-file/upload.zip',
      accessKeySecret: secretKey('s3-creds', 'accessKey'),
      secretKeySecret: secretKey('s3-creds', 'secretKey'),
    }),
  },
});
