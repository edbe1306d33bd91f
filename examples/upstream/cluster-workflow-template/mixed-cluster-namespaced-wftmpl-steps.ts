import { clusterWorkflowTemplateInnerSteps } from '../lib/cluster-workflow-templates.stub.js';
import { helloHelloHello } from '../lib/hello-hello-hello.js';

export default helloHelloHello(clusterWorkflowTemplateInnerSteps.templates.innerSteps);
