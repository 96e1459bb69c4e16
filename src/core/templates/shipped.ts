import asyappctza from "../../../templates/ASYAPPCTZA.json";
import asyappctzm from "../../../templates/ASYAPPCTZM.json";

/** Every template shipped with the product, imported as data. Add a template file here. */
export const shippedTemplates: unknown[] = [asyappctzm, asyappctza];
