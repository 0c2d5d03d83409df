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

diagram-labels = Labels
diagram-labelled = Labelled in the picture: { $names }.
