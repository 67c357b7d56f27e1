import { render } from "preact"; render(<main>Errand</main>, document.getElementById("app")!);
