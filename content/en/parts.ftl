# The names of the parts labelled on the pictures (src/diagram/scenes/: `label(...)`).
# Short: a label must fit beside its part on a phone (about 18 characters at most).

part-you = You
part-care-team = Care team
part-checks = Tests and checks
part-bone = Bone
part-bone-marrow = Bone marrow
part-blood-vessel = Blood vessel
part-apheresis-machine = Apheresis machine
part-collection-bag = Collection bag
part-lab-dish = Lab dish
part-chromosome = Chromosome
part-cell-nucleus = Cell nucleus
part-quality-checks = Quality checks
part-freezer = Freezer
part-chemotherapy = Chemotherapy
part-drip = Drip bag and line
part-arm-vein = Vein in the arm
part-blood-counts = Blood counts
part-check-ups = Check-ups over years
part-drop-of-blood = A drop of blood
part-aav = AAV
part-adenovirus = Adenovirus
part-lentivirus = Lentivirus
part-steroid-tablet = Steroid tablet
part-immune-cell = Immune cell
part-liver = Liver
part-protein-level = Protein level
part-tissue-markers = Tissue-type markers
part-donor-registry = Donor registry
part-donor = Donor
part-cord-blood = Cord blood
part-retina = Retina (eye)
part-skin = Skin
part-spinal-fluid = Spinal fluid
part-body-fluids = Body fluids
part-visits = Check-ups
part-first-100-days = The first 100 days
part-from-a-donor = From a donor
part-own-cells = Your own cells
part-t-cell = T cell
part-eye = Eye
part-wound = Wound
part-nerve-cell = Nerve cell
part-muscle = Muscle

diagram-labels = Labels
diagram-labelled = Labelled in the picture: { $names }.

# The key under a picture: what each kind of cell or particle is (src/diagram/scenes/mod.rs, KINDS).
key-own = Your own cells
key-changed = Changed cells
key-donor = A donor's cells
key-vector = Vector (carries the gene)
key-editor = Gene editing tool
key-t-cell = Your T cells
key-car-t = Changed T cells (CAR-T)
key-protein = Protein made from the gene
diagram-key = Key
