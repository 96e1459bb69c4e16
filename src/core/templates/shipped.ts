import acq from "../../../templates/ACQ.json";
import asyappctza from "../../../templates/ASYAPPCTZA.json";
import asyappctzm from "../../../templates/ASYAPPCTZM.json";
import asydcfina from "../../../templates/ASYDCFINA.json";
import asydcfstq from "../../../templates/ASYDCFSTQ.json";
import asypenctzm from "../../../templates/ASYPENCTZM.json";
import asyresa from "../../../templates/ASYRESA.json";
import asytpfm from "../../../templates/ASYTPFM.json";
import asytpsm from "../../../templates/ASYTPSM.json";
import asyumactm from "../../../templates/ASYUMACTM.json";
import asyunaa from "../../../templates/ASYUNAA.json";
import asywitfstq from "../../../templates/ASYWITFSTQ.json";
import asywithm from "../../../templates/ASYWITHM.json";
import dubdi from "../../../templates/DUBDI.json";
import dubdo from "../../../templates/DUBDO.json";
import dubri from "../../../templates/DUBRI.json";
import dubro from "../../../templates/DUBRO.json";
import dubti from "../../../templates/DUBTI.json";
import dubto from "../../../templates/DUBTO.json";
import eiord1 from "../../../templates/EIORD1.json";
import eiord2 from "../../../templates/EIORD2.json";
import eipre from "../../../templates/EIPRE.json";
import eipreGp from "../../../templates/EIPRE_GP.json";
import eirfs from "../../../templates/EIRFS.json";
import eirtn1 from "../../../templates/EIRTN1.json";
import eirtn1As from "../../../templates/EIRTN1_AS.json";
import eirtn2 from "../../../templates/EIRTN2.json";
import eirtn2As from "../../../templates/EIRTN2_AS.json";
import emi1ctz from "../../../templates/EMI1CTZ.json";
import imm1ctz from "../../../templates/IMM1CTZ.json";
import pop1ctz from "../../../templates/POP1CTZ.json";
import reschange from "../../../templates/RESCHANGE.json";
import resfas from "../../../templates/RESFAS.json";
import resfirst from "../../../templates/RESFIRST.json";
import reslong from "../../../templates/RESLONG.json";
import resvalid from "../../../templates/RESVALID.json";

/**
 * Every template shipped with the product, imported as data, in catalogue order (by article).
 * Where one Eurostat dataset is split over two templates (EIPRE, EIRTN1, EIRTN2) the main one
 * comes first. Add a template file here.
 */
export const shippedTemplates: unknown[] = [
  asyappctzm,
  asyappctza,
  asypenctzm,
  asywithm,
  asyumactm,
  asytpfm,
  asytpsm,
  asydcfstq,
  asywitfstq,
  asydcfina,
  asyunaa,
  asyresa,
  dubri,
  dubro,
  dubdi,
  dubdo,
  dubti,
  dubto,
  eirfs,
  eipre,
  eipreGp,
  eiord1,
  eiord2,
  eirtn1,
  eirtn1As,
  eirtn2,
  eirtn2As,
  resfirst,
  resfas,
  reschange,
  resvalid,
  reslong,
  imm1ctz,
  emi1ctz,
  pop1ctz,
  acq,
];
