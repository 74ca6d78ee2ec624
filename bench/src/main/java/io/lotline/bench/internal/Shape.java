package io.lotline.bench.internal;

import static io.lotline.bench.internal.ItemSpec.each;
import static io.lotline.bench.internal.ItemSpec.kg;

import io.lotline.bench.internal.ShapeSpec.Bulk;
import io.lotline.bench.internal.ShapeSpec.Stage;
import java.util.List;

/** The three genealogy shapes of the benchmark, as a quality manager would recognise them. */
enum Shape {
    /**
     * Discrete, pharma-like: granulate, blend, tablet cores, coated tablets, packs, pallets. Few inputs per step,
     * little commingling: a forward trace from an active ingredient reaches about a thousand lots, six steps deep.
     */
    G1(new ShapeSpec("G1", "discrete pharma", List.of(
            Stage.received(kg("API", "Active ingredient", 400, 1095), kg("LACTOSE", "Lactose monohydrate", 1000, 1095),
                    kg("MCC", "Microcrystalline cellulose", 1000, 1095), kg("PVP", "Povidone binder", 200, 1095)),
            Stage.made(3, 5, 3, List.of(), kg("GRANULATE", "Wet granulate", 450, 365)),
            Stage.made(3, 3, 3, List.of(new Bulk(kg("MGST", "Magnesium stearate", 2.5, 1095), 40)),
                    kg("BLEND", "Final blend", 1300, 365)),
            Stage.made(3, 3, 3, List.of(), each("CORES", "Tablet cores", 900_000, 730)),
            Stage.made(3, 3, 3, List.of(new Bulk(kg("COATING", "Film coating", 9, 730), 30)),
                    each("COATED", "Coated tablets", 2_500_000, 730)),
            Stage.made(3, 3, 3, List.of(new Bulk(each("FOIL", "Blister foil, square metres", 1200, 1095), 20),
                    new Bulk(each("CARTON", "Folding cartons", 2000, 1095), 50)), each("PACKS", "Blister packs", 200_000, 730))),
            3, 400)),

    /**
     * Commingled food: grain to silo blends, flour, premix, dough, bakes, slices, sandwiches, packs, cases and
     * assortments, with salt, yeast, fillings and film from shared bulk lots. Three or four parents per lot, ten steps
     * deep: a forward trace reaches thousands to tens of thousands of lots along millions of distinct paths.
     */
    G2(new ShapeSpec("G2", "commingled food", List.of(
            Stage.received(kg("WHEAT", "Wheat, milling grade", 25_000, 365), kg("RYE", "Rye", 25_000, 365)),
            Stage.made(3, 4, 4, List.of(), kg("SILO", "Silo blend", 60_000, 365)),
            Stage.made(3, 4, 4, List.of(), kg("FLOUR", "Flour type 550", 20_000, 270)),
            Stage.made(2, 3, 4, List.of(new Bulk(kg("SALT", "Salt", 12, 1095), 60)), kg("PREMIX", "Bread premix", 2_000, 180)),
            Stage.made(2, 3, 4, List.of(new Bulk(kg("YEAST", "Yeast", 6, 30), 40)), kg("DOUGH", "Dough", 800, 2)),
            Stage.made(3, 4, 4, List.of(), kg("BAKE", "Oven batch", 700, 5)),
            Stage.made(3, 4, 4, List.of(), each("SLICES", "Sliced bread", 2_000, 5)),
            Stage.made(2, 3, 4, List.of(new Bulk(kg("FILLING", "Sandwich filling", 40, 10), 30)),
                    each("SANDWICH", "Sandwiches", 3_000, 4)),
            Stage.made(2, 3, 4, List.of(new Bulk(each("FILM", "Packaging film, metres", 400, 730), 100)),
                    each("PACK", "Packed sandwiches", 3_000, 4)),
            Stage.made(3, 4, 4, List.of(), each("CASE", "Cases", 2_400, 4)),
            Stage.made(3, 4, 4, List.of(), each("ASSORT", "Assortment", 4_000, 4))),
            2, 120)),

    /**
     * A super-node: one salt lot goes into every dough batch of the run, so a forward trace from it reaches nearly
     * every lot made and every customer shipped.
     */
    G3(new ShapeSpec("G3", "super-node", List.of(
            Stage.received(kg("FLOUR", "Flour", 20_000, 270)),
            Stage.made(3, 4, 3, List.of(new Bulk(kg("SALT", "Salt, one silo lot", 0.8, 1095), Bulk.ALL),
                    new Bulk(kg("YEAST", "Yeast", 4, 30), 50)), kg("DOUGH", "Dough", 900, 2)),
            Stage.made(1, 2, 1.5, List.of(), each("BREAD", "Bread", 1_500, 5)),
            Stage.made(2, 3, 2.5, List.of(new Bulk(each("FILM", "Packaging film, metres", 300, 730), 200)),
                    each("PACKED", "Packed bread", 2_000, 5))),
            3, 200));

    private final ShapeSpec spec;

    Shape(ShapeSpec spec) {
        this.spec = spec;
    }

    ShapeSpec spec() {
        return spec;
    }
}
