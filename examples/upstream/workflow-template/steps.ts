import { helloHelloHello } from '../lib/hello-hello-hello.js';
import { workflowTemplateInnerSteps } from '../lib/workflow-templates.stub.js';

export default helloHelloHello(workflowTemplateInnerSteps.templates.innerSteps);
