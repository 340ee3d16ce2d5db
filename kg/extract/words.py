"""Word lists the rule components share: stop-words, generic heads, head-word types.

Everything here is a category of *words*, never a list of entity names: the
names come from the lexicon (:mod:`kg.extract.lexicon`) and from the shape and
cue rules in :mod:`kg.extract.patterns`. Keep the lists lowercase.
"""

from __future__ import annotations

__all__ = [
    "STOP_WORDS",
    "DETERMINERS",
    "GENERIC_WORDS",
    "GENERIC_HEADS",
    "TASK_HEADS",
    "METHOD_HEADS",
    "LEARNING_TASKS",
    "AMBIGUOUS_HEADS",
    "BAD_MODIFIERS",
    "METRIC_WORDS",
    "VERBS",
    "SINGLE_TASKS",
    "SINGLE_METHODS",
    "INTEREST_ADJ",
    "HEAD_NEEDS_MOD",
    "TRAINING_HEADS",
    "RESOLUTION_PROPERTIES",
    "DATA_AFTER_TRAINING",
    "TASK_ACRONYMS",
    "SENTENCE_ADVERBS",
    "TASK_LEAD_ADJ",
    "INFRASTRUCTURE_NETWORKS",
    "DEFINABLE_NOT_ENTITIES",
    "NOT_ENTITIES",
    "ORGANISATIONS",
    "NOT_AS_TYPE",
    "DATA_HEADS",
    "MODEL_HEADS",
    "ROLE_WORDS",
    "CONDITION_HEADS",
    "INSTITUTIONAL_POLICIES",
]

#: words that open a noun phrase but are not part of a name
DETERMINERS = frozenset(
    """a an the this that these those our their its his her my your we they it
    each every any some all both either neither no such another other same
    several many much more most few fewer less least various different
    existing previous prior recent current standard conventional traditional
    typical common popular widely well-known classical classic vanilla naive
    original corresponding respective proposed novel new simple efficient
    effective general generic whole entire first second third final last
    two three four five six seven eight nine ten one multiple numerous
    diverse additional further certain specific particular given
    following above aforementioned underlying overall main key major
    important challenging difficult hard complex real crucial critical
    fundamental emerging promising powerful strong robust accurate
    state-of-the-art sota advanced modern better best superior
    improved enhanced comprehensive extensive large-scale competitive
    significant substantial remarkable impressive unified related subsequent quick
    separate implemented procedural preliminary initial earlier later
    dedicated flexible innovative versatile tailored sophisticated straightforward
    elegant alternative appropriate associated distinct breakthrough suitable
    predominant prominent possible sufficient similar limited overlooked
    designed developed devised crafted trained closer broader deeper in-depth excellent
    inefficient inconsistent incorrect suboptimal poor simplest decreased desired
    stronger weaker published reported
    strongest largest smallest fastest slowest latest highest lowest biggest greatest newest
    deepest widest cheapest easiest hardest weakest longest shortest dominant great
    specialised specialized realistic""".split()
)

#: closed-class words: a phrase never spans them
STOP_WORDS = frozenset(
    """a an the and or but nor of in on at by for with without to from into onto
    over under about as than then via per through across between among within
    upon against toward towards during after before since until while whereas
    although though because if when where which who whom whose what why how
    that this these those it its is are was were be been being am do does did
    done has have had having can could may might must shall should will would
    not no yes so such very also only just even still too both either neither
    each every any some all most more less many much few several other another
    we our us they them their he she his her i me my you your one ones
    e.g. i.e. etc et al al. vs versus here there thus hence however therefore
    like unlike despite beyond behind along around cannot whether
    wherein whereby thereby whilst therein thereof hereby besides instead rather
    i.e., e.g., namely
    moreover furthermore additionally specifically respectively
    i.e e.g cf""".split()
)

#: single words that are never entities on their own
GENERIC_WORDS = frozenset(
    """approach approaches method methods model models framework frameworks task
    tasks system systems technique techniques algorithm algorithms result results
    paper papers work works study studies it this that they we network networks
    architecture architectures module modules component components mechanism
    mechanisms strategy strategies scheme schemes pipeline pipelines solution
    solutions tool tools baseline baselines benchmark benchmarks dataset datasets
    data metric metrics measure measures score scores performance experiment
    experiments analysis evaluation evaluations problem problems setting settings
    procedure process paradigm paradigms formulation representation
    representations feature features learning training inference generation
    detection classification segmentation recognition prediction estimation
    translation reasoning understanding optimization attention embedding
    embeddings encoder decoder layer layers function loss objective policy
    agent agents application applications domain domains field fields
    research researchers literature author authors proposal idea ideas
    variant variants version versions extension extensions improvement
    improvements design designs implementation implementations corpus corpora
    text image images video videos language languages input output inputs
    outputs sample samples example examples instance instances information
    knowledge accuracy quality efficiency effectiveness robustness
    capability capabilities ability abilities""".split()
)

#: trailing generic heads that may follow a name ("the CIFAR-10 dataset").
#: kg keeps them OUT of the mention: "CIFAR-10 dataset" -> "CIFAR-10".
GENERIC_HEADS = frozenset(
    """dataset datasets data set sets benchmark benchmarks corpus corpora
    model models framework frameworks method methods approach approaches
    algorithm algorithms architecture architectures system systems
    series family suite collection testbed leaderboard challenge
    task tasks metric metrics score split splits""".split()
)

#: heads that make a noun phrase a Task
TASK_HEADS = frozenset(
    """generation detection segmentation classification translation recognition
    estimation answering editing retrieval summarization parsing tracking
    captioning synthesis completion localization reconstruction forecasting
    tagging labeling labelling extraction identification inpainting
    super-resolution denoising deblurring dehazing restoration enhancement
    compression verification grounding navigation manipulation planning
    reasoning understanding comprehension prediction simplification
    correction resolution disambiguation linking matching registration
    transcription diarization spotting counting mapping
    recommendation ranking clustering categorization alignment
    interpretation induction inference entailment modeling modelling
    analysis mining animation rendering colorization
    stylization transfer generalization adaptation discovery
    question-answering dialogue dialog conversation chatbots
    control forecast""".split()
)

#: heads that make a noun phrase a Method
METHOD_HEADS = frozenset(
    """network networks net nets attention distillation pruning quantization
    transformer transformers autoencoder autoencoders encoder encoders decoder
    decoders embedding embeddings regularization normalization dropout
    optimizer optimization descent sampling sampler decoding search
    fine-tuning finetuning tuning pretraining pre-training training
    algorithm algorithms model models architecture architectures
    mechanism mechanisms layer layers convolution convolutions kernel
    kernels perceptron perceptrons machine machines regression
    tree trees forest forests classifier classifiers tagger parser
    grammar grammars field fields process processes estimator estimators
    filter filters unit units module modules head heads adapter adapters
    tokenizer tokenizers prompting augmentation bagging boosting
    ensemble ensembles backpropagation propagation aggregation pooling
    clustering hashing inference diffusion policy policies gradient
    gradients loss losses objective technique techniques method methods
    framework approach scheme strategy strategies paradigm chain
    memory approaches frameworks schemes paradigms approximation approximations transform transforms decomposition
    decompositions factorization factorizations voting parsers taggers
    detector detectors recognizer recognizers extractor extractors tracker
    trackers segmenter segmenters chunker chunkers summarizer summarizers
    discriminator discriminators retriever retrievers reranker rerankers
    solver solvers planner planners engine engines lemmatizer lemmatizers
    stemmer stemmers""".split()
)

#: heads too generic to make a phrase on their own modifier alone
#: ("proposed model"), kept only with a strong modifier
AMBIGUOUS_HEADS = frozenset(
    """model models architecture architectures algorithm algorithms framework
    approach approaches frameworks scheme schemes paradigms strategy strategies paradigm technique techniques method
    methods module modules layer layers mechanism mechanisms process processes
    loss losses objective unit units head heads memory training inference
    tuning policy policies field fields analysis modeling modelling control
    transfer adaptation alignment understanding reasoning prediction
    generalization discovery conversation dialogue dialog interpretation
    induction mapping matching correction resolution enhancement
    compression ranking planning manipulation chain""".split()
)

#: "X learning" that names a problem setting (Task) rather than a technique
LEARNING_TASKS = frozenset(
    """continual federated few-shot zero-shot one-shot class-incremental
    task-incremental domain-incremental incremental lifelong multi-task
    multitask transfer representation metric online offline active
    open-world open-set imitation multi-label multi-instance multiple-instance
    multimodal multi-modal cross-modal unsupervised semi-supervised
    self-supervised weakly-supervised weakly supervised
    positive-unlabeled machine deep statistical relational
    multi-view""".split()
)

#: adjectives that open a phrase but are not part of a name ("proposed", "novel")
BAD_MODIFIERS = DETERMINERS | frozenset(
    """using based via use used uses make makes made show shows shown
    propose proposes proposed present presents presented introduce introduces
    introduced achieve achieves achieved improve improves improved
    perform performs performed apply applies applied enable enables
    enabled leverage leverages leveraged employ employs employed
    study studies studied address addresses addressed tackle tackles
    demonstrate demonstrates demonstrated evaluate evaluates evaluated
    outperform outperforms outperformed require requires required
    consider considers considered focus focuses focused call called
    named dubbed termed known refer referred mainly widely highly
    commonly mostly often usually generally recently previously
    better good high low higher lower large small larger smaller
    long short fast slow novel our your own
    capable closed former latter unnecessary weak adapted throughout up
    exceptional inaccurate imprecise seamless transformative well-grounded aggressive well
    billion million trillion thousand
    intermediate
    down out little guarantee guarantees
    downstream""".split()  # ("breaking down intent recognition", "carry out layout generation", "little
)  # theoretical understanding"; "downstream classification": where a task comes, not which)

#: verbs (base, 3rd person, past, gerund) that open no noun phrase: "utilize X", "tackling X"
VERBS = frozenset(
    """use uses using utilize utilizes utilizing utilized enhance enhances enhancing provide provides
    prioritize prioritizes simplify simplifies foster fosters elevate elevates establish establishes
    encourage encourages empower empowers unlock unlocks streamline streamlines
    stabilize stabilizes align aligns explain explains interpret interprets steer steers help helps
    manipulate manipulates maximize maximizes suggest suggests emphasize emphasizes automate automates
    instill instills
    providing promote promotes promoting sacrifice sacrifices handle handles handling lag lags
    understand understands conduct conducts conducting add adds adding design designs designing
    include includes including improve improves improving enable enables enabling maintain
    maintains maintaining build builds building speed support supports supporting achieve
    achieves achieving allow allows allowing unify unifies unifying tackle tackles tackling
    compromise compromises compromising revolutionize revolutionizes revolutionized revolutionizing
    apply applies applying perform performs performing facilitate facilitates facilitating
    boost boosts boosting reduce reduces reducing increase increases increasing yield yields
    yielding learn learns obtain obtains obtaining require requires requiring outperform
    outperforms outperforming surpass surpasses surpassing exploit exploits exploiting explore
    explores exploring investigate investigates investigating analyze analyzes analyzing
    analyse analyses analysing examine examines examining study studying address addresses
    addressing solve solves solving train trains pretrain pretrains pre-train pre-trains
    finetune finetunes fine-tune fine-tunes integrate integrates integrating combine
    combines combining adopt adopts adopting leverage leverages leveraging employ employs
    employing develop develops developing introduce introduces introducing present presents
    presenting propose proposes proposing demonstrate demonstrates demonstrating show shows
    showing evaluate evaluates evaluating benchmark benchmarking accelerate accelerates
    accelerating mitigate mitigates mitigating alleviate alleviates alleviating guide guides
    capture captures capturing generate generates generating produce produces producing
    extract extracts predict predicts predicting recognize recognizes detect detects
    estimate estimates estimating optimize optimizes optimizing make makes making
    called named termed dubbed known denoted referred via see seen despite like unlike yet
    alongside amid atop underneath advance advances
    give gives gave giving take takes took correct corrects correcting
    ensure ensures hinder hinders encounter encounters degrade degrades deceive deceives
    complicate complicates involve involves prevent prevents exhibit exhibits impose imposes
    preserve preserves retain retains avoid avoids ignore ignores neglect neglects overlook
    overlooks contain contains necessitate necessitates entail entails hamper hampers impede
    impedes undermine undermines adjust adjusts assess assesses enforce enforces formulate
    formulates refine refines replace replaces revisit revisits strengthen strengthens
    identify identifies augment augments enrich enriches treat treats treating implement implements
    implementing implemented increased decreased affects affecting underwent undergo undergoes undergoing
    offer offers quantify quantifies quantifying formalize formalizes formalise formalises
    acquire acquires construct constructs define defines deform deforms encode encodes evade evades
    elicit elicits simulate simulates assist assists protect protects
    eliminate eliminates determine determines infer infers fuse fuses suppress suppresses
    reinforce reinforces restore restores validate validates recover recovers
    reconstruct reconstructs retrieve retrieves distinguish distinguishes
    cannot can't don't doesn't won't become becomes becoming remain remains remaining
    consider considers considering focus focuses focusing incorporate incorporates
    incorporating adapt adapts extend extends extending scale scales bridge bridges
    bridging lack lacks lacking suffer suffers suffering rely relies relying depend depends
    struggle struggles struggling fail fails failing conventional existing
    compare compares comparing titled entitled expect expects save saves supervise supervises
    remove removes deepen deepens reveal reveals revealing inform informs informing uncover uncovers
    pay pays paying allocate allocates allocating devote devotes draw draws assume assumes assuming
    create creates created mimic mimics supplement supplements approach method paper
    work framework
    recent recently especially particularly notably typically successfully effectively
    efficiently directly jointly explicitly implicitly simultaneously""".split()
)

#: sentence adverbs that open a sentence with a comma, which a naming cue can take for a name
#: ("Specifically, a novel transformer is proposed")
SENTENCE_ADVERBS = frozenset(
    """specifically additionally finally notably importantly consequently similarly alternatively
    lastly subsequently accordingly conversely firstly secondly thirdly recently currently
    typically generally ultimately crucially interestingly surprisingly unfortunately fortunately
    concretely essentially overall however moreover furthermore further then here thus therefore
    hence meanwhile instead besides next first second third also still nevertheless nonetheless
    together afterwards""".split()
)

#: one-word names of tasks ("parsing", "summarization"): Task mentions on their own
SINGLE_TASKS = frozenset(
    """parsing translation summarization classification segmentation localization
    tokenization chunking lemmatization stemming captioning transliteration paraphrasing
    inpainting super-resolution denoising deblurring dehazing deraining colorization
    diarization re-identification re-id lipreading""".split()
)

#: one-word names of language-processing tools: Method mentions on their own ("the parser"),
#: the tool-noun counterpart of SINGLE_TASKS (generic ML nouns such as "classifier" stay out)
SINGLE_METHODS = frozenset(
    """parser parsers tagger taggers chunker chunkers segmenter segmenters lemmatizer
    lemmatizers stemmer stemmers""".split()
)

#: adjectives of "attention" in the sense of interest ("has attracted considerable attention")
INTEREST_ADJ = frozenset(
    """considerable special growing increasing little much more less great greater
    significant wide widespread renewed particular careful close extra due scant
    limited insufficient surging rising tremendous enormous research academic scholarly
    public community industrial intensive drawn gained received attracted garnered paid
    worldwide""".split()
)

#: Method heads that name a technique only after certain modifiers ("Gaussian process",
#: "conditional random field", "gated recurrent unit"); elsewhere they are plain nouns
#: ("production process", "the research field", "propositional units")
_PROCESS_MODS = frozenset(
    """gaussian dirichlet poisson hawkes pitman-yor stochastic markov decision diffusion
    denoising noising point random generative reverse forward branching birth-death
    autoregressive latent""".split()
)
_FIELD_MODS = frozenset(
    """random radiance distance flow potential vector occupancy feature neural implicit
    density light temporal""".split()
)
_UNIT_MODS = frozenset("""recurrent linear convolutional""".split())
#: what makes a tree or forest a model or a data structure, not a plant ("decision trees",
#: "parse trees", "isolation forest" vs "individual trees", "urban forests", "canopy trees")
_TREE_MODS = frozenset(
    """decision random isolation regression classification rotation survival causal deep extra
    extremely mondrian oblique boosted gradient-boosted quantile fuzzy hoeffding probabilistic
    parse syntax dependency constituency derivation expression search spanning suffix prefix
    binary k-d kd merkle game behavior behaviour process clustering""".split()
)
#: what makes a machine a model of computation or learning, not a device ("support vector
#: machine", "finite state machine", "Boltzmann machine" vs "ultrasound machine", "moral machine")
_MACHINE_MODS = frozenset(
    """vector state learning boltzmann turing latent kernel factorization""".split()
)
HEAD_NEEDS_MOD = {
    "process": _PROCESS_MODS, "processes": _PROCESS_MODS,
    "field": _FIELD_MODS, "fields": _FIELD_MODS,
    "unit": _UNIT_MODS, "units": _UNIT_MODS,
    **dict.fromkeys(("tree", "trees", "forest", "forests"), _TREE_MODS),
    **dict.fromkeys(("machine", "machines"), _MACHINE_MODS),
}

#: modifiers that make "resolution" a property of data, not the task of resolving something
#: ("temporal resolution", "high resolution" vs "coreference resolution")
RESOLUTION_PROPERTIES = frozenset(
    """spatial temporal spectral angular image input output frame pixel display screen
    high low higher lower native full original target depth voxel grid""".split()
)

#: modifiers that make "network(s)" a network of roads, radios or people, not a neural network
#: ("wireless networks", "social networks", "road networks")
INFRASTRUCTURE_NETWORKS = frozenset(
    """wireless cellular mobile social road communication communications telecommunication
    transportation traffic vehicular satellite sensor power distribution computer optical
    5g 6g next-generation citation railway""".split()
)

#: modifiers of "policy" that make it a rule of an institution, no agent's policy: "privacy
#: policies", "public health policy", "fiscal policy" (the network counterpart:
#: INFRASTRUCTURE_NETWORKS)
INSTITUTIONAL_POLICIES = frozenset(
    """privacy security public health fiscal monetary governance government economic energy
    climate environmental trade tax immigration education social data usage moderation
    regulatory legal""".split()
)

#: Method heads naming a training regime ...
TRAINING_HEADS = frozenset(
    """training pre-training pretraining fine-tuning finetuning tuning""".split()
)
#: ... and the nouns that make them a modifier ("labeled training data", "the training time")
DATA_AFTER_TRAINING = frozenset(
    """data set sets samples examples corpus corpora images instances pairs labels time
    cost costs steps epochs budget split splits sentences documents texts
    dataset datasets""".split()
)

#: acronyms of task names (a word category, like "NER" for named entity recognition)
TASK_ACRONYMS = frozenset(
    """MT SMT NMT WSD NLP NLU NLG QA VQA ASR TTS NER SRL OCR IR MRC SLU DST KBQA ODQA
    CQA NLI RTE STS ABSA TSC SA ED RE EL IE KGC LP ZSL FSL VOS MOT SOT SR VG
    REC RES HOI TAL VLN ReID IQA""".split()
)

#: adjectives that open a Task phrase but are not part of the task's name
TASK_LEAD_ADJ = frozenset(
    """automatic automated automatically online offline binary joint accurate robust
    efficient fast real-time large-scale end-to-end improved better reliable scalable
    practical simultaneous precise effective successful high-quality high-performance
    direct explicit consistent true average redundant inherent comparable insufficient strict adequate
    genuine
    english chinese arabic german french japanese spanish hindi korean russian
    italian portuguese dutch czech turkish vietnamese persian urdu indonesian""".split()
)

#: organisations: whose model or data it is, never an entity of the graph ("OpenAI models";
#: "meta" is left out: it opens "meta-learning")
ORGANISATIONS = frozenset(
    """openai anthropic deepmind google microsoft nvidia alibaba baidu tencent bytedance ibm nist""".split()
) | {"google deepmind", "meta ai"}

#: never-entity spellings that papers also coin as names of their own ("Code Interpreter (CI)",
#: "Concept-based Unsupervised Domain Adaptation (CUDA)"): a paper that defines one so keeps it
DEFINABLE_NOT_ENTITIES = frozenset({"ci", "cuda", "ct", "pet", "oct", "sar", "mr", "csi", "poi", "roi", "wsi", "rtl", "dof",
                                    "los", "mcq", "dsl", "cls", "hdr", "bev", "cad", "dem", "dems", "hsi", "hsis"})

#: surfaces that are never mentions, whatever a source says ("For instance" as a dataset)
NOT_ENTITIES = frozenset(
    {"for instance", "in particular", "in addition", "state of the art", "state-of-the-art", "sota",
     "et al", "et al.", "prior", "joint", "baseline", "baselines", "ours", "our method", "our model",
     "this paper", "this work", "our approach", "our framework", "the model", "this study",
     # web platforms: sources of data, not datasets or methods (named collections such as
     # "YouTube-8M" are other surfaces)
     "github", "youtube", "reddit", "twitter", "kaggle", "tiktok", "instagram", "facebook", "linkedin",
     "huggingface", "hugging face"}
    # what a study uses or runs on, not a method, model, dataset, metric or task of it: at 75k
    # abstracts LiDAR, OpenAI, GUI, RGB-D, MRI, IoT and UAV were among the most frequent "Methods"
    # (their tasks stay: "UAV tracking", "MRI reconstruction" and "GUI agents" are other surfaces)
    | ORGANISATIONS
    | {  # hardware, sensors and imaging modalities
        "gpu", "cpu", "tpu", "npu", "fpga", "asic", "graphics processing unit", "central processing unit",
        "field programmable gate array", "field-programmable gate array", "gpu memory", "gpu hours", "vram",
        "gib", "kib", "tib", "gb",  # (not MiB, KB, TB: also a benchmark, a knowledge base, tuberculosis)
        "khz", "mhz", "ghz", "thz", "kbps", "mbps", "gbps", "mah", "kwh",  # (not dB, MV, KV: names too)
        "lidar", "rgb", "rgb-d", "srgb",
        "light detection and ranging", "mri", "fmri", "magnetic resonance imaging",
        "functional magnetic resonance imaging", "computed tomography", "eeg", "ecg", "emg",
        "x-ray", "iot", "internet of things", "internet-of-things", "uav", "unmanned aerial vehicle",
        "gnss", "global positioning system", "global navigation satellite system", "wifi", "wi-fi",  # (not GPS, RFID: GPs, rFID)
        "lte", "bluetooth",
        "ct", "pet", "oct", "sar", "mr", "positron emission tomography", "optical coherence tomography",
        "synthetic aperture radar", "magnetic resonance", "ultrasound",
        "hsv", "yuv", "ycbcr", "cielab", "uv"}  # colour spaces and UV (texture) maps; (CT ... MR: see DEFINABLE_NOT_ENTITIES)
    | {  # software, languages and interfaces
        "pytorch", "tensorflow", "jax", "cuda", "latex", "python", "javascript", "java", "sql", "json",
        "api", "application programming interface", "gui", "graphical user interface",
        "graphic user interface", "unreal engine", "linux", "android", "compute unified device architecture",
        "mindspore", "paddlepaddle", "spacy", "nltk", "scikit-learn", "sklearn", "numpy", "pandas", "scipy",
        "openrouter", "ci/cd", "continuous integration", "aws", "amazon web services", "opencv", "matlab",
        "ros", "ros 2", "ros2", "robot operating system", "llvm", "gcc", "vhdl", "verilog", "docker",
        "kubernetes", "unity"}
    | {"ci", "confidence interval"}  # statistics ("95% CI"; see DEFINABLE_NOT_ENTITIES)
    | {"phd", "msc"}  # degrees ("PhD students")
    | {  # number formats and MRI sequences that the model shape ("INT8", "W4A4", "T1-weighted") took for models
        "int8", "int4", "fp4", "fp8", "fp16", "fp32", "bf16", "nvfp4", "mxfp4", "mxfp8", "w4a4", "w4a8", "w4a16",
        "w8a8", "w8a16", "w2a16",
        "w3a16", "e2e", "t1-weighted", "t2-weighted", "v2x", "imu", "inertial measurement unit"}
    | {"stem"}  # science, technology, engineering and mathematics: a field of study
    | {"bci", "brain-computer interface"}  # a kind of device, typed Dataset by "BCI datasets"
    | {  # data and settings a study works with, not what it proposes or measures: at 75k abstracts EHR,
        # ROI, WSI, DoF, CSI and MCQ were frequent "Methods" ("WSI classification", "POI recommendation"
        # and "6-DoF pose estimation" are other surfaces, and stay)
        "ehr", "ehrs", "electronic health record", "electronic health records", "roi", "rois",
        "region of interest", "regions of interest", "cxr", "cxrs", "chest x-ray", "chest x-rays", "cbct",
        "cone-beam ct", "cone beam ct", "wsi", "wsis", "whole slide image", "whole slide images",
        "whole-slide image", "whole-slide images", "fov", "field of view", "field-of-view", "dof",
        "degrees of freedom", "degree of freedom", "pii", "personally identifiable information", "csi",
        "channel state information", "poi", "pois", "point of interest", "points of interest", "kpi", "kpis",
        "los", "nlos", "line of sight", "line-of-sight", "cctv", "mcq", "mcqs", "multiple-choice question",
        "multiple-choice questions", "icu", "icus", "intensive care unit", "intensive care units"}
    | {  # views, image kinds and design data that the acronym shape took for methods (13th session, 15k
        # abstracts: BEV 52 mentions, CAD 65, HDR 31, DEM 16, HSI 14; "BEV segmentation", "HDR
        # reconstruction", "CAD model generation" and "HSI classification" are other surfaces, and stay)
        "bev", "bird's-eye view", "bird's eye view", "bird’s-eye view", "bird’s eye view", "birds-eye view",
        "bird-eye view", "hdr", "high dynamic range", "cad", "computer-aided design", "computer aided design",
        "cad model", "cad models",
        "dem", "dems", "digital elevation model", "digital elevation models", "hsi", "hsis",
        "hyperspectral image", "hyperspectral images"}
    | {  # regulations, venues, file formats, hardware boards
        "gdpr", "hipaa", "miccai", "onnx", "sdk", "gis", "rtl", "svg", "jetson", "agx", "raspberry pi", "adas",
        "advanced driver assistance system", "advanced driver assistance systems"}
    | {  # a programming notation and a special token, not methods ("a DSL for robot tasks", "the [CLS] token")
        "dsl", "dsls", "domain-specific language", "domain-specific languages", "cls", "awgn",
        "additive white gaussian noise"}
    | {  # what a model achieves or suffers, not a task or a method of it: at 75k abstracts "improves
        # semantic alignment with text prompts", "deeper semantic understanding", "based on semantic
        # similarity", "suffers from error propagation" made 70-420-paper Tasks and Methods ("cross-modal
        # alignment", "semantic textual similarity" and "error backpropagation" are other surfaces)
        "semantic alignment", "semantic understanding", "contextual understanding", "semantic similarity",
        "error propagation", "joint optimization",
        "error analysis"}  # (what a study does, like "detailed analysis")
    | DEFINABLE_NOT_ENTITIES  # (listed in their groups above too; here so none can be missed)
)

#: the role a model plays in a setup, not which model it is: "the student model", "a draft model",
#: "the reference model" name no node of a graph (at 75k abstracts "student model" and "teacher
#: model" were Methods of 340 papers each)
ROLE_WORDS = frozenset(
    """student students teacher teachers draft reference judge surrogate victim proxy oracle
    downstream auxiliary generalist specialist""".split()
)

#: (surface, type) pairs a source gets wrong: POS is a tag set, not a metric
NOT_AS_TYPE = {"pos": {"Metric"}, "part-of-speech": {"Metric"}}

#: words that are metrics on their own ("accuracy", "F1")
METRIC_WORDS = frozenset(
    """accuracy precision recall f1 f-score f1-score f-measure perplexity bleu
    rouge meteor cider spice fid kid lpips psnr ssim auc auroc auprc map
    miou iou mae mse rmse wer cer ter chrf bertscore bleurt mrr ndcg
    hits@1 hits@10 em exact-match pass@1 pass@k top-1 top-5 dice
    recall@1 recall@5 recall@10 r@1 r@5 r@10 success-rate""".split()
)

#: heads that make a phrase a Dataset ("... corpus", "... treebank")
DATA_HEADS = frozenset(
    """dataset datasets corpus corpora treebank treebanks benchmark benchmarks
    database collection suite""".split()
)

#: heads after a proper name that make it a Model ("BERT model")
MODEL_HEADS = frozenset("""model models network networks llm llms vlm vlms""".split())

#: kinds of things a study runs on, senses with or stores in, never methods, models or data of it:
#: a name right before one is hardware, a sensor, a satellite, a file format or a document that
#: rules its use ("an RTX3090 GPU", "the Jetson AGX Orin board", "WorldView-3 imagery", "GeoTIFF
#: files", "under the MIT license", "the ISUOG guideline", "the TAL journal", "the ODELIA consortium").
#: Not "framework",
#: "platform", "engine", "simulator" or "database": names of methods and data take those too ("the
#: FooNet framework", "the CARLA simulator", "the FooDB database"); nor "library", "package",
#: "toolkit" or "software": a paper's own tool is often its contribution ("we release the FooKit
#: toolkit"), and toolkits such as ESPnet are what methods are built with
THING_KINDS = frozenset(
    """gpu gpus cpu cpus chip chips chipset soc socs fpga fpgas board boards microcontroller
    microcontrollers processor processors headset headsets glasses smartphone smartphones phone phones
    camera cameras sensor sensors satellite satellites imagery constellation spacecraft telescope
    images scans imaging
    conference conferences workshop workshops symposium journal journals proceedings consortium registry
    robot robots arm arms format formats file files
    license licenses licence licences guideline guidelines""".split()
)


#: the heads of a medical condition's name ("Parkinson's Disease (PD)", "Developmental Language
#: Disorder (DLD)", "Diabetic Retinopathy (DR)"): what a study detects or treats, no method,
#: model, data set or metric of it (a lexicon entry still types its own names)
CONDITION_HEADS = frozenset(
    """disease diseases disorder disorders syndrome syndromes cancer cancers tumor tumors tumour
    tumours retinopathy injury injuries impairment impairments carcinoma carcinomas sclerosis
    dementia infection infections fibrillation""".split()
)
