import { render } from "preact"; render(<main>Errand options</main>, document.getElementById("app")!);
