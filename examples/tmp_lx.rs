fn main() {
    for (a, b) in [
        ("Baxtiyor", "Бахтиёр"),
        ("Baxtiyor", "Bakhtiyor"),
        ("Mirxon", "Мирхон"),
        ("Ixtiyor", "Ихтиёр"),
        ("Alexander", "Александр"),
        ("Maksim", "Maxim"),
        ("Toshxoʻjayev", "Тошхўжаев"),
        ("Axmedov", "Ахмедов"),
        ("Rixsiyev", "Рихсиев"),
        ("Texas", "Техас"),
    ] {
        println!(
            "{a} [{}] ~ {b} [{}] {:.3}",
            pagenorm::name_key(a),
            pagenorm::name_key(b),
            pagenorm::name_similarity(a, b)
        );
    }
}
